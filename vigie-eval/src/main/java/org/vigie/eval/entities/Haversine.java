package org.vigie.eval.entities;

/** Great-circle distance on a spherical Earth: good to about 0.5 %, ample for a 50 km check. */
public final class Haversine {
  /** Mean Earth radius (IUGG), in kilometres. */
  public static final double EARTH_RADIUS_KM = 6371.0088;

  private Haversine() {}

  /** Kilometres between two points given in decimal degrees. */
  public static double km(double lat1, double lon1, double lat2, double lon2) {
    double phi1 = Math.toRadians(lat1);
    double phi2 = Math.toRadians(lat2);
    double dPhi = phi2 - phi1;
    double dLambda = Math.toRadians(lon2 - lon1);
    double a =
        Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
            + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
