package kiku.hearing;

import static kiku.Api.OFFICER;
import static kiku.Api.VIEWER;
import static kiku.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kiku.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HearingApiTest {

    private static final String HEARINGS = "/api/v1/hearings";

    /** A hearing body with the required fields and the given extras. */
    private static Map<String, Object> hearing(long departmentId, String heldOn, Object... extra) {
        Map<String, Object> body = new HashMap<>(Map.of("departmentId", departmentId, "heldOn", heldOn));
        for (int i = 0; i < extra.length; i += 2) {
            body.put((String) extra[i], extra[i + 1]);
        }
        return body;
    }

    private static long create(Map<String, Object> body) {
        return as(OFFICER).body(body).post(HEARINGS).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> read(long id) {
        return new HashMap<>(as(VIEWER).get(HEARINGS + "/" + id).then().statusCode(200).extract().jsonPath().getMap(""));
    }

    @Test
    void createsAndReads() {
        long dept = Api.department("情報政策課");
        var response = as(OFFICER)
                .body(hearing(dept, "2023-11-02", "status", "DONE", "interviewer", "青木", "participants", "課長、係長2名",
                        "notes", "## 窓口\n- 紙の申請書が多い", "followUp", "次回: 申請書の件数を確認"))
                .post(HEARINGS);
        JsonPath created = response.then().statusCode(201)
                .body("departmentId", equalTo((int) dept)).body("heldOn", equalTo("2023-11-02"))
                .body("status", equalTo("DONE")).body("interviewer", equalTo("青木"))
                .body("participants", equalTo("課長、係長2名")).body("followUp", equalTo("次回: 申請書の件数を確認"))
                .body("followUpDone", equalTo(false)).body("round", equalTo(1)).body("issueIds", empty())
                .body("version", equalTo(0)).extract().jsonPath();
        long id = created.getLong("id");
        response.then().header("Location", endsWith(HEARINGS + "/" + id));

        as(VIEWER).get(HEARINGS + "/" + id).then().statusCode(200)
                .body("notes", equalTo("## 窓口\n- 紙の申請書が多い")).body("interviewer", equalTo("青木"));
        as(VIEWER).get(HEARINGS + "/999999999").then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void listsByDepartmentAndDateRange() {
        long dept = Api.department("子育て支援課");
        long other = Api.department("保育課");
        long april = create(hearing(dept, "2024-04-10"));
        long may = create(hearing(dept, "2024-05-20"));
        long june = create(hearing(dept, "2024-06-30"));
        create(hearing(other, "2024-05-20"));

        as(VIEWER).get(HEARINGS + "?department=" + dept).then().statusCode(200)
                .body("items.id", contains((int) june, (int) may, (int) april)).body("totalItems", equalTo(3));
        as(VIEWER).get(HEARINGS + "?department=" + dept + "&from=2024-05-20&to=2024-06-29").then().statusCode(200)
                .body("items.id", contains((int) may)).body("totalItems", equalTo(1));
        as(VIEWER).get(HEARINGS + "?department=" + dept + "&from=2024-05-01").then()
                .body("items.id", contains((int) june, (int) may));
        as(VIEWER).get(HEARINGS + "?department=" + dept + "&to=2024-04-10").then().body("items.id", contains((int) april));
        as(VIEWER).get(HEARINGS + "?from=2024-05-20&to=2024-05-20&size=500").then()
                .body("items.departmentId", hasItem((int) other)).body("items.heldOn", everyItem(equalTo("2024-05-20")));
    }

    @Test
    void refusesBadQueryParameters() {
        as(VIEWER).get(HEARINGS + "?department=abc").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("department"));
        as(VIEWER).get(HEARINGS + "?department=999999999").then().statusCode(400)
                .body("violations.field", hasItem("department"));
        as(VIEWER).get(HEARINGS + "?from=not-a-date").then().statusCode(400).body("violations.field", hasItem("from"));
        as(VIEWER).get(HEARINGS + "?to=2024-02-30").then().statusCode(400).body("violations.field", hasItem("to"));
    }

    @Test
    void derivesRoundsFromDateThenId() {
        long dept = Api.department("道路管理課");
        long latest = create(hearing(dept, "2023-05-01", "status", "DONE"));
        long sameDayFirst = create(hearing(dept, "2023-04-01"));
        long sameDaySecond = create(hearing(dept, "2023-04-01"));
        long planned = create(hearing(dept, "2023-03-01", "status", "PLANNED"));

        as(VIEWER).get(HEARINGS + "?department=" + dept).then()
                .body("items.id", contains((int) latest, (int) sameDaySecond, (int) sameDayFirst, (int) planned))
                .body("items.round", contains(4, 3, 2, 1));
        Map<String, Object> first = read(planned);
        assertEquals(1, first.get("round"));
        assertEquals("PLANNED", first.get("status"));
    }

    @Test
    void showsTheIssuesThatCiteAHearing() {
        long dept = Api.department("環境保全課");
        long id = create(hearing(dept, "2024-01-15"));
        long first = as(OFFICER).body(Map.of("title", "騒音苦情の受付が電話のみ", "departmentIds", List.of(dept),
                "hearingIds", List.of(id))).post("/api/v1/issues").then().statusCode(201).extract().jsonPath().getLong("id");
        long second = as(OFFICER).body(Map.of("title", "測定結果を手入力で転記", "departmentIds", List.of(dept),
                "hearingIds", List.of(id))).post("/api/v1/issues").then().statusCode(201).extract().jsonPath().getLong("id");

        as(VIEWER).get(HEARINGS + "/" + id).then().body("issueIds", containsInAnyOrder((int) first, (int) second));
        as(OFFICER).delete(HEARINGS + "/" + id).then().statusCode(409).contentType("application/problem+json");
        as(VIEWER).get(HEARINGS + "/" + id).then().statusCode(200);
    }

    @Test
    void updatesWithTheVersionItRead() {
        long dept = Api.department("税務課");
        long id = create(hearing(dept, "2024-02-01", "interviewer", "青木"));
        Map<String, Object> body = read(id);
        body.put("interviewer", "佐藤");
        body.put("followUp", "課税台帳の件数を確認");
        body.put("followUpDone", true);
        body.put("round", 99);
        as(OFFICER).body(body).put(HEARINGS + "/" + id).then().statusCode(200)
                .body("interviewer", equalTo("佐藤")).body("followUpDone", equalTo(true))
                .body("round", equalTo(1)).body("version", equalTo(1));

        body.put("interviewer", "鈴木");
        as(OFFICER).body(body).put(HEARINGS + "/" + id).then().statusCode(409).contentType("application/problem+json");
        body.remove("version");
        as(OFFICER).body(body).put(HEARINGS + "/" + id).then().statusCode(400).body("violations.field", hasItem("version"));
        Map<String, Object> stored = read(id);
        assertEquals("佐藤", stored.get("interviewer"));
        assertEquals(1, stored.get("version"));
    }

    @Test
    void refusesInvalidInput() {
        long dept = Api.department("会計課");
        as(OFFICER).body(hearing(dept, "2023-13-45")).post(HEARINGS).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("heldOn"));
        as(OFFICER).body(hearing(999999999L, "2024-01-01")).post(HEARINGS).then().statusCode(400)
                .body("violations.field", hasItem("departmentId"));
        as(OFFICER).body(Map.of("heldOn", "2024-01-01")).post(HEARINGS).then().statusCode(400)
                .body("violations.field", hasItem("departmentId"));
        as(OFFICER).body(hearing(dept, "2024-01-01", "status", "CANCELLED")).post(HEARINGS).then().statusCode(400)
                .body("violations.field", hasItem("status"));
        as(OFFICER).body(hearing(dept, "2024-01-01")).put(HEARINGS + "/999999999").then().statusCode(404);
    }

    @Test
    void deletes() {
        long id = create(hearing(Api.department("出納室"), "2024-03-01"));
        as(OFFICER).delete(HEARINGS + "/" + id).then().statusCode(204);
        as(VIEWER).get(HEARINGS + "/" + id).then().statusCode(404);
        as(OFFICER).delete(HEARINGS + "/" + id).then().statusCode(404);
    }

    @Test
    void checksRoles() {
        long dept = Api.department("広報課");
        long id = create(hearing(dept, "2024-03-01"));
        as(VIEWER).body(hearing(dept, "2024-03-02")).post(HEARINGS).then().statusCode(403)
                .contentType("application/problem+json");
        as(VIEWER).body(read(id)).put(HEARINGS + "/" + id).then().statusCode(403);
        as(VIEWER).delete(HEARINGS + "/" + id).then().statusCode(403);
        Api.anonymous().get(HEARINGS).then().statusCode(401).contentType("application/problem+json");
        Api.anonymous().body(hearing(dept, "2024-03-02")).post(HEARINGS).then().statusCode(401);
        as(VIEWER).get(HEARINGS + "/" + id).then().statusCode(200);
    }

    @Test
    void keepsLongJapaneseNotesIntact() {
        StringBuilder notes = new StringBuilder();
        String line = "## 第1回ヒアリング\n- 申請書は紙で受け付け、押印を確認している。𠮷野家の領収書も扱う。\n";
        while (notes.length() < 50_000) {
            notes.append(line);
        }
        notes.setLength(50_000);
        if (Character.isHighSurrogate(notes.charAt(49_999))) {
            notes.setCharAt(49_999, '。');
        }
        long id = create(hearing(Api.department("市民課"), "2024-04-01", "notes", notes.toString()));
        assertEquals(notes.toString(), read(id).get("notes"));
    }
}
