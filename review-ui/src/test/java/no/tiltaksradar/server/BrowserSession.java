package no.tiltaksradar.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser's way in: the login form with its CSRF token, then a session cookie. */
final class BrowserSession {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private final HttpClient http;
    private final String base;
    private final String token;

    private BrowserSession(HttpClient http, String base, String token) {
        this.http = http;
        this.base = base;
        this.token = token;
    }

    static BrowserSession login(int port, String user, String password) {
        String base = "http://127.0.0.1:" + port;
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String form = send(http, HttpRequest.newBuilder(URI.create(base + "/login")).GET().build()).body();
        String body = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(token(form));
        HttpResponse<String> login = send(http, HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new AssertionError("login failed: " + login.statusCode() + " " + login.headers().map());
        }
        // after login the session has a new token: read it from a page that shows one
        String after = send(http, HttpRequest.newBuilder(URI.create(base + "/review")).GET().build()).body();
        return new BrowserSession(http, base, token(after));
    }

    int postJson(String path, String json, boolean withToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (withToken) {
            request.header("X-CSRF-TOKEN", token);
        }
        return send(http, request.build()).statusCode();
    }

    private static String token(String page) {
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new AssertionError("no CSRF token in page: " + page);
        }
        return m.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
