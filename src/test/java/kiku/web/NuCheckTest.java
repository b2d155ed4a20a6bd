package kiku.web;

import static kiku.Api.MANAGER;
import static kiku.Api.OFFICER;
import static kiku.Api.RATER;
import static kiku.Api.as;
import static kiku.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kiku.Api;
import kiku.scoring.Criteria;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * API.md: every page is valid HTML for the W3C Nu checker. Each page is rendered with real data,
 * in Japanese and a few in English, and the checker (vnu.jar, which .ci/run installs from npm and
 * names in KIKU_VNU_JAR) reads them all at once. Without the jar the test is skipped, unless
 * KIKU_HTML_CHECK=required (CI), where a missing checker is a failure.
 */
@QuarkusTest
class NuCheckTest {

    private static final String USER = "nu-everything";

    @Test
    void everyPageIsValidHtml() throws Exception {
        String jar = System.getenv("KIKU_VNU_JAR");
        boolean present = jar != null && new File(jar).canRead();
        if (!present && "required".equals(System.getenv("KIKU_HTML_CHECK"))) {
            throw new IllegalStateException("KIKU_HTML_CHECK=required but KIKU_VNU_JAR names no readable jar: " + jar);
        }
        Assumptions.assumeTrue(present, "vnu.jar not available: HTML check skipped");

        Path dir = Files.createTempDirectory("kiku-nu");
        List<String> files = new ArrayList<>();
        List<String> pages = pages();
        Map<String, String> session = Browser.signIn(USER);
        for (String path : pages) {
            files.add(save(dir, files.size(), path, Forms.page(session, path)));
        }
        files.add(save(dir, files.size(), "/login", Forms.page(Map.of(), "/login")));
        files.add(save(dir, files.size(), "/issues/999999 (404)",
                Browser.visit(session).get("/issues/999999").then().statusCode(404).extract().asString()));

        List<String> command = new ArrayList<>(List.of("java", "-jar", jar, "--errors-only", "--format", "gnu"));
        command.addAll(files);
        Process checker = new ProcessBuilder(command).redirectErrorStream(true).start();
        String report = new String(checker.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, checker.waitFor(), "Nu checker errors (see the page list at the top of each file):\n" + report);
    }

    /** Every page of API.md's list and the forms behind them, with data on each. */
    private static List<String> pages() {
        Api.ensureUser(USER, List.of("viewer", "officer", "rater", "manager", "admin"));
        Criteria.reset();
        long effect = Criteria.benefit("市民への効果", 3);
        long cost = Criteria.create("費用", 1, 1, 5, "COST");
        long reach = as(MANAGER).body(Map.of("name", unique("関係部署数"), "weight", 1, "source", "DEPARTMENTS",
                "thresholds", List.of(2, 3, 4, 6))).post("/api/v1/criteria").then().statusCode(201).extract()
                .jsonPath().getLong("id"); // a computed column on the sheet, the issue and the criteria pages
        long department = Api.department("検証課");
        long hearing = as(OFFICER).body(Map.of("departmentId", department, "heldOn", "2024-04-01",
                "notes", "# 窓口\n\n- 紙の申請書を**手入力**\n\n> 引用\n\n| a | b |\n|---|---|\n| 1 | 2 |"))
                .post("/api/v1/hearings").then().statusCode(201).extract().jsonPath().getLong("id");
        long issue = as(OFFICER).body(Map.of("title", unique("検証の課題"), "departmentIds", List.of(department),
                "hearingIds", List.of(hearing), "annualHours", 120.0, "fiscalYear", 2026,
                "evidence", List.of(Map.of("hearingId", hearing, "quote", "紙の申請書を手入力"))))
                .post("/api/v1/issues").then().statusCode(201).extract().jsonPath().getLong("id");
        long other = Api.issue(unique("比較の課題"), department);
        Criteria.score(RATER, issue, Map.of(effect, 5, cost, 2));
        Criteria.score(RATER, other, Map.of(effect, 2, cost, 4));
        long snapshot = as(MANAGER).body(Map.of("name", "検証の会議")).post("/api/v1/snapshots").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        return List.of("/", "/departments", "/departments/" + department, "/departments/new",
                "/departments/" + department + "/edit", "/departments/" + department + "/delete", "/departments/import",
                "/hearings", "/hearings/new", "/hearings/" + hearing, "/hearings/" + hearing + "/edit",
                "/hearings/" + hearing + "/delete", "/hearings/import", "/issues", "/issues/new?hearing=" + hearing,
                "/issues/" + issue, "/issues/" + issue + "/edit", "/issues/" + issue + "/delete", "/issues/import",
                "/criteria", "/criteria/" + reach, "/scoring", "/backlog", "/backlog?lang=en",
                "/backlog/overrides/" + issue, "/snapshots",
                "/snapshots/" + snapshot, "/coverage", "/report", "/matrix", "/robustness", "/plan", "/roadmap",
                "/admin/users", "/admin/users/new", "/scoring?lang=en", "/report?lang=en");
    }

    private static String save(Path dir, int n, String path, String html) throws IOException {
        Path file = dir.resolve(String.format("%02d-%s.html", n, path.replaceAll("[^a-zA-Z0-9]+", "_")));
        Files.writeString(file, html, StandardCharsets.UTF_8);
        return file.toString();
    }
}
