package no.tiltaksradar.web;

/** Optimistic locking over HTTP: the version travels as a weak-free ETag {@code "3"} and comes back in If-Match. */
public final class Versions {
    private Versions() {
    }

    public static String etag(int version) {
        return "\"" + version + "\"";
    }

    /**
     * The version the client last saw, from If-Match or the body; one of them is required.
     *
     * @throws ApiProblem 428 when neither is given, 400 when If-Match is not one of our ETags
     */
    public static int expected(String ifMatch, Integer bodyVersion, String what) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String value = ifMatch.trim().replace("W/", "").replace("\"", "");
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw ApiProblem.badRequest("If-Match must be the ETag of the " + what + " (e.g. \"3\"), not " + ifMatch);
            }
        }
        if (bodyVersion != null) {
            return bodyVersion;
        }
        throw ApiProblem.versionRequired(what);
    }
}
