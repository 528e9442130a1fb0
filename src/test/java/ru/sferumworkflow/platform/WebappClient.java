package ru.sferumworkflow.platform;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;

/**
 * A browser-like client of the web apps: a session cookie, Camunda's XSRF token echoed in a header,
 * login through the web apps' own login endpoint, then the engine REST API the way Tasklist calls it.
 */
public final class WebappClient {

    public static final String ENGINE = "api/engine/engine/default";

    /** How long a test waits for any one response. */
    private static final Duration LIMIT = Duration.ofSeconds(30);

    private final URI base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;

    private WebappClient(URL base) {
        try {
            this.base = base.toURI();
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
        // HTTP/1.1, as the proxy of docker/ speaks to the nodes (over an h2c upgrade Undertow does not apply the
        // X-Forwarded-* headers the security tests send).
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** A visitor who opened Tasklist's page but did not log in. */
    public static WebappClient anonymous(URL base) {
        WebappClient client = new WebappClient(base);
        client.get("app/tasklist/");
        return client;
    }

    /** A user logged in to the given app with the demo password. */
    public static WebappClient loggedIn(URL base, String user, String app) {
        WebappClient client = anonymous(base);
        HttpResponse<String> login = client.postForm("api/admin/auth/user/default/login/" + app,
                "username=" + encode(user) + "&password=demo");
        if (login.statusCode() != 200) {
            throw new IllegalStateException("Login of " + user + " failed: " + login.statusCode() + " " + login.body());
        }
        // The session changes at login; a read fetches the new session's XSRF token.
        client.get("api/admin/auth/user/default");
        return client;
    }

    public static WebappClient loggedIn(URL base, String user) {
        return loggedIn(base, user, "tasklist");
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public HttpResponse<String> post(String path, byte[] body, String contentType) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A form as a login page posts it: application/x-www-form-urlencoded. */
    public HttpResponse<String> postForm(String path, String urlEncoded) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(urlEncoded, StandardCharsets.UTF_8)));
    }

    /** A page, asked for as a browser asks: HTML. */
    public HttpResponse<String> page(String path) {
        return get(path, "text/html");
    }

    /** A resource of another type than JSON: an image, a page. */
    public HttpResponse<String> get(String path, String accept) {
        return send(request(path).header("Accept", accept).GET());
    }

    public HttpResponse<byte[]> download(String path) {
        return within(request(path).header("Accept", "application/pdf").GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    public HttpResponse<String> put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public HttpResponse<String> post(String path, JsonStructure json) {
        return post(path, json.toString());
    }

    /**
     * A request as a hostile page or a proxy would send it: any method, extra headers (X-Forwarded-…), and — when
     * {@code xsrf} is false — without the XSRF token that every page of the application sends.
     */
    public HttpResponse<String> send(String method, String path, String json, boolean xsrf, Map<String, String> headers) {
        HttpRequest.Builder request = xsrf ? request(path) : HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", "application/json");
        headers.forEach(request::setHeader);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** Form values as Tasklist submits them: {"variables": {"name": {"value": …}}}; texts and ticks. */
    public static JsonObject form(Map<String, ?> values) {
        JsonObjectBuilder variables = Json.createObjectBuilder();
        values.forEach((name, value) -> variables.add(name, value instanceof Boolean tick
                ? Json.createObjectBuilder().add("value", tick)
                : Json.createObjectBuilder().add("value", String.valueOf(value))));
        return Json.createObjectBuilder().add("variables", variables).build();
    }

    public static JsonObject object(HttpResponse<String> response) {
        return (JsonObject) parse(response);
    }

    public static JsonArray array(HttpResponse<String> response) {
        return (JsonArray) parse(response);
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static JsonStructure parse(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.read();
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", "application/json");
        String token = xsrfToken();
        if (token != null) {
            builder.header("X-XSRF-TOKEN", token);
        }
        return builder;
    }

    private String xsrfToken() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue)
                .reduce((first, last) -> last)
                .orElse(null);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return within(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * The response, or a failure after {@link #LIMIT}. The limit is kept here, not as the request's own timeout: the
     * JDK's client (17 before 17.0.18, JDK-8304701) leaves that timer running after the response, and when it fires it
     * aborts whatever later request is then on the same kept-alive connection — after the server has handled it. Every
     * test that used one client longer than the limit could fail so («HTTP/1.1 header parser received no bytes»).
     */
    private <T> HttpResponse<T> within(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        CompletableFuture<HttpResponse<T>> response = http.sendAsync(request.build(), body);
        try {
            return response.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            response.cancel(true);
            throw new UncheckedIOException(new HttpTimeoutException("Нет ответа за " + LIMIT.toSeconds() + " с"));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException failure) {
                throw new UncheckedIOException(failure);
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
