package io.github.vanban.core;

/** What sort of body an {@link Agency} is. */
public enum AgencyKind {
  /** A Party committee, its standing board or secretariat (Ban Chấp hành, Tỉnh ủy, Ban Thường vụ). */
  PARTY_COMMITTEE,
  /** A board or office of a Party committee (Ban Tuyên giáo, Văn phòng Tỉnh ủy, Đảng ủy Khối). */
  PARTY_BOARD,
  /** A People's Council (Hội đồng nhân dân) or the National Assembly. */
  COUNCIL,
  /** The Government, the Prime Minister or a People's Committee (Ủy ban nhân dân). */
  GOVERNMENT,
  /** A ministry, a department (sở) or another specialised State body. */
  DEPARTMENT,
  /** The Fatherland Front and mass or friendship organisations. */
  MASS_ORGANISATION,
  /** Courts, procuracies, armed forces, press and other bodies. */
  OTHER,
  /** A group named collectively (các sở, ban, ngành; Ủy ban nhân dân các huyện). */
  GROUP
}
