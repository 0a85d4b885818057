package io.github.vanban.core;

/**
 * The tier of the political-administrative system an issuing body belongs to, as defined
 * by the {@code vanban-extract/1} format: central bodies, the leading bodies of a province,
 * the other bodies of the provincial tier, districts and communes.
 */
public enum Level {
  /** National bodies: Party Central Committee and its boards, National Assembly, Government, ministries. */
  CENTRAL,
  /** Leading bodies of a province or centrally-run city: Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ. */
  PROVINCIAL,
  /** Every other body of the provincial tier: departments, Party boards, mass organisations. */
  DEPARTMENT,
  /** District tier (abolished on 1 July 2025) and its departments. */
  DISTRICT,
  /** Commune tier. */
  COMMUNE,
  /** Not known. */
  UNKNOWN
}
