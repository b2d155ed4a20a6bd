package kiku.web;

import static kiku.Api.OFFICER;
import static kiku.Api.VIEWER;
import static kiku.Api.as;
import static kiku.Api.unique;
import static kiku.web.Browser.LOCATION_COOKIE;
import static kiku.web.Browser.SESSION_COOKIE;
import static kiku.web.Browser.visit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kiku.Api;
import org.junit.jupiter.api.Test;

/** The pages as a browser sees them: language, sign-in, content, errors, assets and sign-out. */
@QuarkusTest
class PagesTest {

    private static final Map<String, String> NO_COOKIES = Map.of();

    @Test
    void loginIsJapaneseByDefaultWithLabelledInputs() {
        visit(NO_COOKIES).get("/login").then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("<html lang=\"ja\">"), containsString("<h1>ログイン</h1>"),
                        containsString("<label for=\"j_username\">ユーザー名</label>"),
                        containsString("<input id=\"j_username\" name=\"j_username\""),
                        containsString("<label for=\"j_password\">パスワード</label>"),
                        containsString("<input id=\"j_password\" name=\"j_password\" type=\"password\""),
                        containsString("href=\"/login?lang=en\""), not(containsString("role=\"alert\"")));
    }

    @Test
    void englishChosenByQueryIsRemembered() {
        Response chosen = visit(NO_COOKIES).get("/login?lang=en");
        chosen.then().statusCode(200).cookie(Lang.COOKIE, "en")
                .body(containsString("<html lang=\"en\">"), containsString("<h1>Sign in</h1>"),
                        containsString("<label for=\"j_username\">Username</label>"));
        Map<String, String> jar = Browser.keep(NO_COOKIES, chosen);
        visit(jar).get("/login").then().statusCode(200)
                .body(containsString("<h1>Sign in</h1>"), containsString("href=\"/login?lang=ja\""));
        visit(jar).get("/login?lang=ja").then().cookie(Lang.COOKIE, "ja").body(containsString("<h1>ログイン</h1>"));
    }

    @Test
    void acceptLanguageChoosesEnglish() {
        for (String header : List.of("en", "en-US,en;q=0.9", "fr-FR, en;q=0.5")) {
            visit(NO_COOKIES).header("Accept-Language", header).get("/login").then().statusCode(200)
                    .body(containsString("<h1>Sign in</h1>"));
        }
        visit(NO_COOKIES).header("Accept-Language", "fr").get("/login").then().body(containsString("<h1>ログイン</h1>"));
        visit(Map.of(Lang.COOKIE, "ja")).header("Accept-Language", "en").get("/login").then()
                .body(containsString("<h1>ログイン</h1>"));
    }

    @Test
    void signedOutVisitorsGoToLoginAndComeBack() {
        long issue = Api.issue(unique("戻り先の課題"), Api.department("戻り先課"));
        for (String path : List.of("/", "/backlog", "/issues/" + issue)) {
            Response answer = visit(NO_COOKIES).get(path);
            answer.then().statusCode(303).header("Location", endsWith("/login"));
            // RFC 6265 allows a quoted value; the browser sends it back as it came
            String back = answer.cookie(LOCATION_COOKIE).replaceAll("^\"|\"$", "");
            assertTrue(back.endsWith(path), "location cookie " + back);
            Api.ensureUser(VIEWER, List.of("viewer"));
            Browser.submitLogin(VIEWER, Api.password(VIEWER), Browser.keep(NO_COOKIES, answer)).then()
                    .statusCode(oneOf(302, 303)).header("Location", endsWith(path));
        }
    }

    @Test
    void wrongPasswordShowsTheFailureAndKeepsTheWayBack() {
        Api.ensureUser(VIEWER, List.of("viewer"));
        Map<String, String> jar = Browser.keep(NO_COOKIES, visit(NO_COOKIES).get("/backlog"));
        Response answer = Browser.submitLogin(VIEWER, "not-the-password-123", jar);
        answer.then().statusCode(oneOf(302, 303)).header("Location", endsWith("/login?error=true"));
        jar = Browser.keep(jar, answer);
        assertFalse(jar.containsKey(SESSION_COOKIE), "no session after a failure");
        visit(jar).get("/login?error=true").then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("<p role=\"alert\" class=\"error\">ユーザー名またはパスワードが違います。</p>"));
        visit(NO_COOKIES).get("/login?error=true&lang=en").then().body(containsString("Wrong username or password."));
        Browser.submitLogin(VIEWER, Api.password(VIEWER), jar).then().statusCode(oneOf(302, 303))
                .header("Location", endsWith("/backlog"));
    }

    @Test
    void overviewShowsHeadingsAndCounts() {
        Map<String, String> viewer = Browser.signIn(VIEWER);
        String before = page(viewer, "/");
        long heard = Api.department("概要の課");
        String neverHeardName = as(VIEWER).get("/api/v1/departments/" + Api.department("未聴取の課"))
                .jsonPath().getString("name");
        as(OFFICER).body(Map.of("departmentId", heard, "heldOn", "2024-04-01", "status", "DONE"))
                .post("/api/v1/hearings").then().statusCode(201);
        Api.issue(unique("概要の課題"), heard);
        String after = page(viewer, "/");

        assertTrue(after.contains("<h1>概要</h1>") && after.contains("<h2>優先順位 上位 10 件</h2>")
                && after.contains("<h2>まだヒアリングしていない課</h2>"), after);
        assertTrue(after.contains(neverHeardName), "never-heard department listed");
        assertEquals(count(before, "部署") + 2, count(after, "部署"));
        assertEquals(count(before, "ヒアリング") + 1, count(after, "ヒアリング"));
        assertEquals(count(before, "課題（未完了）") + 1, count(after, "課題（未完了）"));
        assertTrue(after.contains("<strong>" + (count(before, "ヒアリング済みの課") + 1) + " / "
                + count(after, "部署") + "</strong>ヒアリング済みの課"), after);
    }

    @Test
    void backlogShowsFiltersAndFiltersByDepartment() {
        long first = Api.department("絞り込み課A");
        long second = Api.department("絞り込み課B");
        String firstTitle = unique("課Aの課題");
        String secondTitle = unique("課Bの課題");
        long firstIssue = Api.issue(firstTitle, first);
        long secondIssue = Api.issue(secondTitle, second);
        Map<String, String> viewer = Browser.signIn(VIEWER);

        String all = page(viewer, "/backlog");
        for (String control : List.of("<select name=\"department\">", "<select name=\"status\">",
                "<select name=\"category\">", "<input type=\"search\" name=\"q\"", "<h1>優先順位</h1>")) {
            assertTrue(all.contains(control), control);
        }
        assertTrue(all.contains(link(firstIssue, firstTitle)) && all.contains(link(secondIssue, secondTitle)), all);

        String filtered = page(viewer, "/backlog?department=" + first);
        assertTrue(filtered.contains(link(firstIssue, firstTitle)), filtered);
        assertFalse(filtered.contains(secondTitle), "issue of another department filtered out");
        assertTrue(filtered.contains("<option value=\"" + first + "\" selected>"), "chosen department selected");
    }

    @Test
    void badFiltersGiveAnHtml400Page() {
        Map<String, String> viewer = Browser.signIn(VIEWER);
        for (String query : List.of("status=BOGUS", "department=abc", "department=999999", "size=0")) {
            visit(viewer).get("/backlog?" + query).then().statusCode(400).contentType(startsWith("text/html"))
                    .body(startsWith("<!DOCTYPE html>"), containsString("<h1>エラー 400</h1>"));
        }
        visit(viewer).get("/backlog?status=BOGUS&lang=en").then().statusCode(400)
                .body(containsString("<html lang=\"en\">"), containsString("<h1>Error 400</h1>"));
    }

    @Test
    void issuePageShowsItsFields() {
        long first = Api.department("詳細課A");
        long second = Api.department("詳細課B");
        long hearing = as(OFFICER).body(Map.of("departmentId", first, "heldOn", "2024-04-01", "status", "DONE"))
                .post("/api/v1/hearings").then().statusCode(201).extract().jsonPath().getLong("id");
        String title = unique("紙の決裁で押印待ちが発生");
        long id = as(OFFICER).body(Map.of("title", title, "description", "決裁に平均3日かかる", "category", "紙・押印",
                        "departmentIds", List.of(first, second), "hearingIds", List.of(hearing)))
                .post("/api/v1/issues").then().statusCode(201).extract().jsonPath().getLong("id");
        String names = name(first) + "、" + name(second);
        Map<String, String> viewer = Browser.signIn(VIEWER);

        visit(viewer).get("/issues/" + id).then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("<h1>" + title + "</h1>"), containsString("決裁に平均3日かかる"),
                        containsString("<dd>" + names + "</dd>"), containsString("<dd>紙・押印</dd>"),
                        containsString("2024年4月1日 · " + name(first) + " · 1 回目"), containsString("新規"));
        visit(viewer).get("/issues/" + id + "?lang=en").then().statusCode(200)
                .body(containsString("Apr 1, 2024"), containsString("Description"));
    }

    /** Brackets belong to the language: full-width in Japanese, ASCII after a space in English. */
    @Test
    void remarksAndRequiredMarksAreBracketedAsEachLanguageDoes() {
        long department = Api.department("括弧課");
        long hearing = Api.hearing(Map.of("departmentId", department, "heldOn", "2024-04-01", "status", "DONE"));
        long issue = Api.issue(unique("括弧の課題"), department, List.of(hearing));
        Map<String, String> officer = Browser.signIn(OFFICER);
        visit(officer).get("/hearings/" + hearing).then().statusCode(200)
                .body(containsString("/issues/" + issue + "\">"), containsString("</a>（新規）</li>"));
        visit(officer).get("/hearings/" + hearing + "?lang=en").then().statusCode(200)
                .body(containsString("</a>\u00a0(New)</li>"), not(containsString("（")));
        visit(officer).get("/issues/new?lang=ja").then().body(containsString("<span class=\"required\">（必須）</span>"));
        visit(officer).get("/issues/new?lang=en").then().body(containsString("<span class=\"required\">(required)</span>"),
                not(containsString("（")));
    }

    @Test
    void unknownPathIsAnHtml404PageForSignedInPeopleToo() {
        visit(Browser.signIn(VIEWER)).get("/no-such-page").then().statusCode(404).contentType(startsWith("text/html"))
                .body(containsString("<h1>エラー 404</h1>"));
        visit(Browser.signIn(VIEWER)).get("/favicon.svg").then().statusCode(200).contentType(startsWith("image/svg+xml"));
    }

    @Test
    void pagesAreCompressedForBrowsersThatAcceptGzip() {
        visit(Browser.signIn(VIEWER)).header("Accept-Encoding", "gzip").get("/backlog").then().statusCode(200)
                .header("Content-Encoding", "gzip");
    }

    @Test
    void unknownIssueIsAnHtml404Page() {
        visit(Browser.signIn(VIEWER)).get("/issues/999999").then().statusCode(404).contentType(startsWith("text/html"))
                .body(startsWith("<!DOCTYPE html>"), containsString("<h1>エラー 404</h1>"));
    }

    @Test
    void assetsAreSameHostAndServed() {
        Map<String, String> viewer = Browser.signIn(VIEWER);
        long issue = Api.issue(unique("アセットの課題"), Api.department("アセット課"));
        Pattern tag = Pattern.compile("<(link|script|img)\\b[^>]*>");
        Pattern url = Pattern.compile("\\b(?:src|href)=\"([^\"]*)\"");
        for (String path : List.of("/login", "/", "/backlog", "/issues/" + issue)) {
            Matcher tags = tag.matcher(page(path.equals("/login") ? NO_COOKIES : viewer, path));
            while (tags.find()) {
                Matcher ref = url.matcher(tags.group());
                while (ref.find()) {
                    String target = ref.group(1);
                    assertFalse(target.matches("(?i)(https?:)?//.*"), path + " refers to another host: " + target);
                    visit(NO_COOKIES).get(target).then().statusCode(200);
                }
            }
        }
        visit(NO_COOKIES).get("/webjars/picocss__pico/css/pico.min.css").then().statusCode(200)
                .contentType(startsWith("text/css"));
        visit(NO_COOKIES).get("/webjars/htmx.org/dist/htmx.min.js").then().statusCode(200);
        visit(NO_COOKIES).get("/css/kiku.css").then().statusCode(200).contentType(startsWith("text/css"));
    }

    @Test
    void logoutWithTheCsrfTokenEndsTheSession() {
        Map<String, String> session = Browser.signIn(VIEWER);
        Response home = visit(session).get("/");
        String token = Browser.csrfToken(home.asString());
        Map<String, String> jar = Browser.keep(session, home);
        assertTrue(jar.containsKey("csrf-token"), "the page sets the CSRF cookie");

        Response out = visit(jar).contentType(ContentType.URLENC).formParam("csrf-token", token).post("/logout");
        out.then().statusCode(303).header("Location", endsWith("/login"));
        jar = Browser.keep(jar, out);
        assertFalse(jar.containsKey(SESSION_COOKIE), "the session cookie is cleared");
        visit(jar).get("/").then().statusCode(303).header("Location", endsWith("/login"));
    }

    @Test
    void logoutWithoutTheCsrfTokenIsRefused() {
        Map<String, String> session = Browser.signIn(VIEWER);
        Map<String, String> jar = Browser.keep(session, visit(session).get("/"));
        for (String token : new String[] {null, "forged-token"}) {
            var request = visit(jar).contentType(ContentType.URLENC).formParam("other", "x");
            Response out = (token == null ? request : request.formParam("csrf-token", token)).post("/logout");
            assertTrue(out.statusCode() >= 400 && out.statusCode() < 500, "refused: " + out.statusCode());
            assertTrue(Browser.keep(jar, out).containsKey(SESSION_COOKIE), "session kept");
        }
        visit(jar).get("/").then().statusCode(200);
    }

    private static String page(Map<String, String> cookies, String path) {
        return visit(cookies).get(path).then().statusCode(200).contentType(startsWith("text/html")).extract().asString();
    }

    /** A number on the overview: {@code <strong>N</strong>label}, or the N of {@code N / M}. */
    private static int count(String html, String label) {
        Matcher m = Pattern.compile("<strong>(\\d+)(?: / \\d+)?</strong>" + Pattern.quote(label) + "</article>")
                .matcher(html);
        assertTrue(m.find(), "count " + label + " in " + html);
        return Integer.parseInt(m.group(1));
    }

    private static String link(long id, String title) {
        return "<a href=\"/issues/" + id + "\">" + title + "</a>";
    }

    private static String name(long departmentId) {
        return as(VIEWER).get("/api/v1/departments/" + departmentId).jsonPath().getString("name");
    }
}
