package kiku.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import kiku.Api;
import org.junit.jupiter.api.Test;

/** What README.md promises an operator: readiness that checks the database, and Prometheus meters. */
@QuarkusTest
class OperatorEndpointsTest {

    @Test
    void readinessChecksTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void metricsServeRequestsWorkersAndJvmButNotNetty() {
        Api.as(Api.VIEWER).get("/api/v1/me").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("worker_pool_active"))
                .body(containsString("jvm_memory_used_bytes"))
                // Off (application.properties): its meters cost every start a wait on each event loop.
                .body(not(containsString("netty_")));
    }
}
