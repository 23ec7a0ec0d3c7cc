package dev.ladder.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.authentication.PreemptiveOAuth2HeaderScheme;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads every response the test suite gets (installed for every {@code @QuarkusTest} by
 * {@link GlobalFilters}) and fails the request that carries what no response may: a bcrypt hash, a
 * refresh token issued earlier in the run, or the email of anyone but the caller. Each token pair
 * the suite receives teaches it one account's email and refresh token.
 */
public final class ResponseScanner implements Filter {
    public static final ResponseScanner INSTANCE = new ResponseScanner();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern BCRYPT = Pattern.compile("\\$2[abxy]\\$[0-9]{2}\\$");
    /** 256 random bits in base64url, as TokenService makes them, standing alone. */
    private static final Pattern REFRESH_TOKEN =
            Pattern.compile("(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])");

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+");

    private final Set<String> refreshTokens = ConcurrentHashMap.newKeySet();
    /** Lower-cased email to the account id (the tokens' {@code sub}). */
    private final Map<String, String> emailOwners = new ConcurrentHashMap<>();

    private final AtomicLong scanned = new AtomicLong();

    private ResponseScanner() {}

    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification spec, FilterContext next) {
        Response response = next.next(request, spec);
        String authorization = authorization(request);
        List<String> leaks = new ArrayList<>(leaks(response.getHeaders().toString(), authorization));
        leaks.addAll(leaks(response.asString(), authorization));
        if (!leaks.isEmpty()) {
            throw new AssertionError(request.getMethod() + " " + request.getURI() + " answered " + leaks + ":\n"
                    + response.getHeaders() + "\n" + response.asString());
        }
        learn(response.asString());
        scanned.incrementAndGet();
        return response;
    }

    /** RestAssured adds an {@code auth().oauth2(...)} header after the filters have run. */
    private static String authorization(FilterableRequestSpecification request) {
        if (request.getAuthenticationScheme() instanceof PreemptiveOAuth2HeaderScheme oauth2) {
            return "Bearer " + oauth2.getAccessToken();
        }
        return request.getHeaders().getValue("Authorization");
    }

    /** How many responses the scanner has read so far in this run. */
    public long scanned() {
        return scanned.get();
    }

    /**
     * What in a response must not be there, for a request sent with this {@code Authorization}
     * header (null when signed out). A token pair in the body names its own account, whose email it
     * may show.
     */
    public List<String> leaks(String response, String authorization) {
        List<String> found = new ArrayList<>();
        if (BCRYPT.matcher(response).find()) {
            found.add("a bcrypt hash");
        }
        Matcher token = REFRESH_TOKEN.matcher(response);
        while (token.find()) {
            if (refreshTokens.contains(token.group())) {
                found.add("a refresh token issued earlier");
            }
        }
        Set<String> callers = Stream.of(subject(authorization), issuedTo(response))
                .flatMap(Optional::stream)
                .collect(Collectors.toSet());
        // A token pair's own email is its account's now, even if an erased account held it before.
        String ownEmail = issuedTo(response).isPresent()
                ? parse(response).path("user").path("email").asText("")
                : "";
        Matcher email = EMAIL.matcher(response);
        while (email.find()) {
            String owner = emailOwners.get(email.group().toLowerCase(Locale.ROOT));
            if (owner != null && !callers.contains(owner) && !email.group().equalsIgnoreCase(ownEmail)) {
                found.add("the email of another account: " + email.group());
            }
        }
        return found;
    }

    private void learn(String body) {
        if (!body.contains("\"refreshToken\"")) {
            return;
        }
        JsonNode tokens = parse(body);
        String refreshToken = tokens.path("refreshToken").asText(null);
        String email = tokens.path("user").path("email").asText(null);
        Optional<String> owner = issuedTo(body);
        if (refreshToken != null) {
            refreshTokens.add(refreshToken);
        }
        if (email != null && owner.isPresent()) {
            emailOwners.put(email.toLowerCase(Locale.ROOT), owner.get());
        }
    }

    /** The account a token pair in the body was issued to, if the body is one. */
    private static Optional<String> issuedTo(String body) {
        return body.contains("\"accessToken\"")
                ? subject("Bearer " + parse(body).path("accessToken").asText(""))
                : Optional.empty();
    }

    /** The {@code sub} of a bearer JWT, unverified: the server has judged the token already. */
    private static Optional<String> subject(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return Optional.empty();
        }
        String[] parts = authorization.substring("Bearer ".length()).split("\\.");
        if (parts.length < 2) {
            return Optional.empty();
        }
        try {
            String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            return Optional.ofNullable(JSON.readTree(payload).path("sub").asText(null));
        } catch (IllegalArgumentException | IOException e) {
            return Optional.empty();
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            return JSON.missingNode();
        }
    }
}
