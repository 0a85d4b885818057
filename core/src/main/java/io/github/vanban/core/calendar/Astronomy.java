package io.github.vanban.core.calendar;

/**
 * The two astronomical quantities a lunisolar calendar needs, from the published series of
 * Jean Meeus, <i>Astronomical Algorithms</i> (2nd ed.): the instants of new moon (ch. 49,
 * with the planetary corrections) and the apparent longitude of the Sun (ch. 25, the
 * low-accuracy series, good to about 0.01°). Times are Julian Ephemeris Days; {@link
 * #deltaT(double)} turns them into Universal Time.
 */
final class Astronomy {
  private Astronomy() {}

  /** Mean synodic month in days. */
  static final double SYNODIC_MONTH = 29.530588861;

  /** The Julian Ephemeris Day of the mean new moon with lunation number 0 (6 January 2000). */
  static final double NEW_MOON_EPOCH = 2451550.09766;

  /** The Julian Ephemeris Day of the true new moon of lunation {@code k} (0 = January 2000). */
  static double newMoon(long k) {
    double t = k / 1236.85;
    double t2 = t * t;
    double t3 = t2 * t;
    double t4 = t3 * t;
    double jde = NEW_MOON_EPOCH + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.000000150 * t3
        + 0.00000000073 * t4;
    double e = 1 - 0.002516 * t - 0.0000074 * t2;
    double m = rad(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
    double mp = rad(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3
        - 0.000000058 * t4);
    double f = rad(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3
        + 0.000000011 * t4);
    double om = rad(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);
    double c = -0.40720 * Math.sin(mp)
        + 0.17241 * e * Math.sin(m)
        + 0.01608 * Math.sin(2 * mp)
        + 0.01039 * Math.sin(2 * f)
        + 0.00739 * e * Math.sin(mp - m)
        - 0.00514 * e * Math.sin(mp + m)
        + 0.00208 * e * e * Math.sin(2 * m)
        - 0.00111 * Math.sin(mp - 2 * f)
        - 0.00057 * Math.sin(mp + 2 * f)
        + 0.00056 * e * Math.sin(2 * mp + m)
        - 0.00042 * Math.sin(3 * mp)
        + 0.00042 * e * Math.sin(m + 2 * f)
        + 0.00038 * e * Math.sin(m - 2 * f)
        - 0.00024 * e * Math.sin(2 * mp - m)
        - 0.00017 * Math.sin(om)
        - 0.00007 * Math.sin(mp + 2 * m)
        + 0.00004 * Math.sin(2 * mp - 2 * f)
        + 0.00004 * Math.sin(3 * m)
        + 0.00003 * Math.sin(mp + m - 2 * f)
        + 0.00003 * Math.sin(2 * mp + 2 * f)
        - 0.00003 * Math.sin(mp + m + 2 * f)
        + 0.00003 * Math.sin(mp - m + 2 * f)
        - 0.00002 * Math.sin(mp - m - 2 * f)
        - 0.00002 * Math.sin(3 * mp + m)
        + 0.00002 * Math.sin(4 * mp);
    double a = 0.000325 * sinDeg(299.77 + 0.107408 * k - 0.009173 * t2)
        + 0.000165 * sinDeg(251.88 + 0.016321 * k)
        + 0.000164 * sinDeg(251.83 + 26.651886 * k)
        + 0.000126 * sinDeg(349.42 + 36.412478 * k)
        + 0.000110 * sinDeg(84.66 + 18.206239 * k)
        + 0.000062 * sinDeg(141.74 + 53.303771 * k)
        + 0.000060 * sinDeg(207.14 + 2.453732 * k)
        + 0.000056 * sinDeg(154.84 + 7.306860 * k)
        + 0.000047 * sinDeg(34.52 + 27.261239 * k)
        + 0.000042 * sinDeg(207.19 + 0.121824 * k)
        + 0.000040 * sinDeg(291.34 + 1.844379 * k)
        + 0.000037 * sinDeg(161.72 + 24.198154 * k)
        + 0.000035 * sinDeg(239.56 + 25.513099 * k)
        + 0.000023 * sinDeg(331.55 + 3.592518 * k);
    return jde + c + a;
  }

  /** The apparent geocentric longitude of the Sun, in degrees [0, 360), at Julian Day {@code jd}. */
  static double sunLongitude(double jd) {
    double t = (jd - 2451545.0) / 36525;
    double t2 = t * t;
    double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t2;
    double m = rad(357.52911 + 35999.05029 * t - 0.0001537 * t2);
    double c = (1.914602 - 0.004817 * t - 0.000014 * t2) * Math.sin(m)
        + (0.019993 - 0.000101 * t) * Math.sin(2 * m)
        + 0.000289 * Math.sin(3 * m);
    double omega = rad(125.04 - 1934.136 * t);
    double lambda = l0 + c - 0.00569 - 0.00478 * Math.sin(omega);
    lambda %= 360;
    return lambda < 0 ? lambda + 360 : lambda;
  }

  /**
   * TT − UT in days for a year (the polynomial fits of Espenak and Meeus, 1900–2150, and
   * the long-term parabola outside them).
   */
  static double deltaT(double year) {
    double s;
    if (year >= 2005 && year < 2050) {
      double u = year - 2000;
      s = 62.92 + 0.32217 * u + 0.005589 * u * u;
    } else if (year >= 1986 && year < 2005) {
      double u = year - 2000;
      s = 63.86 + 0.3345 * u - 0.060374 * u * u + 0.0017275 * u * u * u
          + 0.000651814 * u * u * u * u + 0.00002373599 * u * u * u * u * u;
    } else if (year >= 1961 && year < 1986) {
      double u = year - 1975;
      s = 45.45 + 1.067 * u - u * u / 260 - u * u * u / 718;
    } else if (year >= 1941 && year < 1961) {
      double u = year - 1950;
      s = 29.07 + 0.407 * u - u * u / 233 + u * u * u / 2547;
    } else if (year >= 1920 && year < 1941) {
      double u = year - 1920;
      s = 21.20 + 0.84493 * u - 0.076100 * u * u + 0.0020936 * u * u * u;
    } else if (year >= 1900 && year < 1920) {
      double u = year - 1900;
      s = -2.79 + 1.494119 * u - 0.0598939 * u * u + 0.0061966 * u * u * u
          - 0.000197 * u * u * u * u;
    } else if (year >= 2050 && year < 2150) {
      double u = (year - 1820) / 100;
      s = -20 + 32 * u * u - 0.5628 * (2150 - year);
    } else {
      double u = (year - 1820) / 100;
      s = -20 + 32 * u * u;
    }
    return s / 86400;
  }

  private static double rad(double degrees) {
    return Math.toRadians(degrees % 360);
  }

  private static double sinDeg(double degrees) {
    return Math.sin(rad(degrees));
  }
}
