package kiku;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fixtures for {@code @QuarkusTest}s, built through the API itself. Every test class shares one
 * database, so names are made unique with {@link #unique(String)}.
 */
public final class Api {

    public static final String ADMIN_PASSWORD = "admin-test-password";

    /** Standard test accounts, created on first use: username = role. */
    public static final String OFFICER = "t-officer";
    public static final String RATER = "t-rater";
    public static final String RATER2 = "t-rater2";
    public static final String MANAGER = "t-manager";
    public static final String VIEWER = "t-viewer";

    private static final Map<String, List<String>> ACCOUNTS = Map.of(
            OFFICER, List.of("officer"), RATER, List.of("rater"), RATER2, List.of("rater"),
            MANAGER, List.of("manager"), VIEWER, List.of("viewer"));
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private Api() {}

    public static String password(String username) {
        return "admin".equals(username) ? ADMIN_PASSWORD : username + "-password-123";
    }

    /** A JSON request as the given user (a standard account is created when missing). */
    public static RequestSpecification as(String username) {
        if (ACCOUNTS.containsKey(username)) {
            ensureUser(username, ACCOUNTS.get(username));
        }
        return given().auth().preemptive().basic(username, password(username))
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static synchronized void ensureUser(String username, List<String> roles) {
        int status = given().auth().preemptive().basic("admin", ADMIN_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password(username), "displayName", username,
                        "roles", roles))
                .post("/api/v1/users").statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("cannot create test user " + username + ": " + status);
        }
    }

    public static String unique(String name) {
        return name + "-" + COUNTER.incrementAndGet() + "-" + System.nanoTime() % 100000;
    }

    public static long department(String name) {
        return as(OFFICER).body(Map.of("name", unique(name), "kind", "DEPARTMENT")).post("/api/v1/departments")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long issue(String title, long departmentId) {
        return as(OFFICER).body(Map.of("title", title, "departmentIds", List.of(departmentId)))
                .post("/api/v1/issues").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** An issue of one department citing the hearings given. */
    public static long issue(String title, long departmentId, List<Long> hearingIds) {
        return as(OFFICER).body(Map.of("title", title, "departmentIds", List.of(departmentId), "hearingIds", hearingIds))
                .post("/api/v1/issues").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A hearing with the fields given (departmentId and heldOn at least). */
    public static long hearing(Map<String, Object> fields) {
        return as(OFFICER).body(fields).post("/api/v1/hearings").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Runs the calls together (released at once) and returns their answers. */
    public static List<Response> atOnce(List<Callable<Response>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> answers = new ArrayList<>();
            for (Callable<Response> call : calls) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Response> done = new ArrayList<>();
            for (Future<Response> answer : answers) {
                done.add(answer.get());
            }
            return done;
        } finally {
            pool.shutdownNow();
        }
    }
}
