package no.tiltaksradar.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** The benchmark's HTTP client: what any API client does, with HTTP Basic. */
final class BenchClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private boolean session;
    private final String base;
    private final String authorization;

    BenchClient(int port, String user, String password) {
        this(port, "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    private BenchClient(int port, String authorization) {
        this.base = "http://127.0.0.1:" + port;
        this.authorization = authorization;
    }

    /** A client of the same server that sends a personal API token made for this user. */
    BenchClient withNewToken() throws IOException {
        String token = send(HttpRequest.newBuilder(URI.create(base + "/api/users/me/tokens")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench\"}"))).get("token").asText();
        return new BenchClient(Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)), "Bearer " + token);
    }

    /**
     * Logs in through the form, as a browser does; later calls then ride on the session cookie
     * instead of sending the password (and paying its bcrypt check) each time.
     */
    void loginWithForm(String user, String password) throws IOException {
        String form = sendText(HttpRequest.newBuilder(URI.create(base + "/login")).GET());
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form);
        if (!token.find()) {
            throw new IOException("no CSRF token on the login page");
        }
        String body = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
        sendText(HttpRequest.newBuilder(URI.create(base + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        session = true;
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private String sendText(HttpRequest.Builder request) throws IOException {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    JsonNode get(String path) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    List<Long> upload(List<Path> files) throws IOException {
        String boundary = "----bench" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Path file : files) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + file.getFileName()
                    + "\"\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(Files.readAllBytes(file));
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        JsonNode results = send(HttpRequest.newBuilder(URI.create(base + "/api/documents"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        List<Long> ids = new ArrayList<>();
        results.forEach(r -> {
            if (r.hasNonNull("documentId")) {
                ids.add(r.get("documentId").asLong());
            }
        });
        return ids;
    }

    long startRun(List<Long> documentIds) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(base + "/api/runs")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("documentIds", documentIds))))).get("id").asLong();
    }

    void awaitRun(long runId) throws IOException, InterruptedException {
        while (List.of("QUEUED", "RUNNING").contains(get("/api/runs/" + runId).get("status").asText())) {
            Thread.sleep(20);
        }
    }

    private JsonNode send(HttpRequest.Builder request) throws IOException {
        try {
            HttpResponse<String> response = http.send((session ? request : request.header("Authorization", authorization)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IOException(response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
