package kiku.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kiku.demo.DemoCity.Criterion;
import kiku.demo.DemoCity.Dept;
import kiku.demo.DemoCity.Hearing;
import kiku.demo.DemoCity.Issue;
import kiku.demo.DemoCity.Score;
import org.junit.jupiter.api.Test;

/** Referential integrity and plausibility of the demo city; a broken fixture should fail here, not in a demo. */
class DemoCityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static final Map<String, Dept> DEPTS = byKey(DemoCity.departments(), Dept::code);
    private static final Map<String, Hearing> HEARINGS = byKey(DemoCity.hearings(), Hearing::key);
    private static final Map<String, Issue> ISSUES = byKey(DemoCity.issues(), Issue::key);
    private static final Map<String, Criterion> CRITERIA = byKey(DemoCity.criteria(), Criterion::key);

    @Test
    void mostIssuesHaveEstimatesAndPlannedOnesAHalfSoThePlanPageHasSomethingToShow() {
        long estimated = DemoCity.issues().stream().filter(i -> DemoCityPlan.estimate(i) != null).count();
        assertBetween(DemoCity.issues().size() * 2 / 3, DemoCity.issues().size() - 1, (int) estimated, "estimated");
        for (Issue i : DemoCity.issues()) {
            DemoCityPlan.Estimate e = DemoCityPlan.estimate(i);
            if (e != null) {
                assertTrue(e.costYen() > 0 && e.effortHours() > 0, i.key());
            }
            assertEquals(i.fiscalYear() != null, DemoCityPlan.half(i) != null, "a half exactly with a year: " + i.key());
        }
        List<DemoCityPlan.Capacity> capacities = DemoCityPlan.capacities(2026);
        assertEquals(List.of(2026, 2027), capacities.stream().map(DemoCityPlan.Capacity::fiscalYear).toList());
        long demand = DemoCity.issues().stream().map(DemoCityPlan::estimate).filter(e -> e != null)
                .mapToLong(DemoCityPlan.Estimate::costYen).sum();
        assertTrue(capacities.get(0).budgetYen() < demand / 2, "the budget binds, so suggest has a cut line");
    }

    @Test
    void quotesAreWordForWordFromTheNotesOfALinkedHearing() {
        Set<String> links = new HashSet<>();
        for (DemoCityQuotes.Quote q : DemoCityQuotes.ALL) {
            assertTrue(ISSUES.get(q.issueKey()).hearingKeys().contains(q.hearingKey()), q.toString());
            assertTrue(HEARINGS.get(q.hearingKey()).notes().contains(q.text()), "verbatim: " + q);
            assertTrue(q.text().length() <= kiku.issue.EvidenceQuote.MAX_LENGTH && links.add(q.issueKey() + q.hearingKey()));
        }
        assertTrue(links.size() >= 5, "a handful of quoted links");
    }

    @Test
    void someIssuesCountCasesAndTheirHoursStayWithinAQuarterHour() {
        int counted = 0;
        for (Issue i : DemoCity.issues()) {
            Integer cases = DemoCityWorkload.casesPerYear(i);
            if (cases != null) {
                counted++;
                assertEquals(i.annualHours(), cases * DemoCityWorkload.MINUTES_PER_CASE / 60, 0.125, i.key());
            }
        }
        assertBetween(5, DemoCity.issues().size() / 2, counted, "issues with cases per year");
    }

    @Test
    void departmentsFormATreeOfBureausDepartmentsAndUnits() {
        assertEquals(DemoCity.departments().size(), DEPTS.size(), "department codes are unique");
        Set<String> siblingNames = new HashSet<>();
        for (Dept d : DemoCity.departments()) {
            assertTrue(siblingNames.add(d.parentCode() + "/" + d.name()), "name unique among siblings: " + d.name());
            switch (d.kind()) {
                case "BUREAU" -> assertNull(d.parentCode(), d.code());
                case "DEPARTMENT" -> assertEquals("BUREAU", parentOf(d).kind(), d.code());
                case "UNIT" -> assertEquals("DEPARTMENT", parentOf(d).kind(), d.code());
                default -> throw new AssertionError("unknown kind " + d.kind());
            }
            if (d.parentCode() != null) {
                assertTrue(d.code().startsWith(d.parentCode() + "-"), "code extends its parent's: " + d.code());
            }
        }
        assertBetween(6, 10, countKind("BUREAU"), "bureaus");
        assertBetween(25, 35, countKind("DEPARTMENT"), "departments");
        assertBetween(3, 4, countKind("UNIT"), "units");
    }

    @Test
    void hearingsBelongToDepartmentsAndFollowToday() {
        assertEquals(DemoCity.hearings().size(), HEARINGS.size(), "hearing keys are unique");
        String previous = "";
        for (Hearing h : DemoCity.hearings()) {
            assertEquals("DEPARTMENT", DEPTS.get(h.deptCode()).kind(), h.key() + " is held with a 課");
            LocalDate date = LocalDate.parse(h.heldOn());
            assertTrue(h.heldOn().compareTo(previous) >= 0, "hearings are in date order: " + h.key());
            previous = h.heldOn();
            assertTrue(date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY,
                    h.key() + " is on a weekday");
            assertNotNull(h.interviewer());
            assertNotNull(h.participants());
            long lines = h.notes().lines().count();
            if (h.status().equals("DONE")) {
                assertTrue(!date.isBefore(LocalDate.of(2025, 4, 1)) && !date.isAfter(TODAY), h.key() + " " + date);
                assertBetween(5, 20, lines, "note lines of " + h.key());
            } else {
                assertEquals("PLANNED", h.status(), h.key());
                assertTrue(!date.isBefore(LocalDate.of(2026, 12, 1)) && date.isBefore(LocalDate.of(2027, 2, 1)),
                        h.key() + " " + date);
                assertNull(h.followUp(), "a planned hearing has no follow-up yet: " + h.key());
            }
            if (h.followUpDone()) {
                assertNotNull(h.followUp(), "only a follow-up can be done: " + h.key());
            }
        }
        assertBetween(35, 45, DemoCity.hearings().size(), "hearings");
        assertBetween(4, 5, DemoCity.hearings().stream().filter(h -> h.status().equals("PLANNED")).count(),
                "planned hearings");

        Map<String, Long> doneByDept = DemoCity.hearings().stream()
                .filter(h -> h.status().equals("DONE"))
                .collect(Collectors.groupingBy(Hearing::deptCode, Collectors.counting()));
        assertBetween(22, 28, doneByDept.size(), "departments heard");
        Set<String> withAnyHearing = HEARINGS.values().stream().map(Hearing::deptCode).collect(Collectors.toSet());
        long neverHeard = DemoCity.departments().stream()
                .filter(d -> d.kind().equals("DEPARTMENT") && !withAnyHearing.contains(d.code()))
                .count();
        assertBetween(3, 6, neverHeard, "departments neither heard nor planned");
        assertTrue(doneByDept.values().stream().filter(n -> n >= 2).count() >= 5, "several departments heard again");
        assertTrue(doneByDept.containsValue(3L), "some department heard three times");
    }

    @Test
    void issuesReferToTheirDepartmentsAndDoneHearings() {
        assertEquals(DemoCity.issues().size(), ISSUES.size(), "issue keys are unique");
        for (Issue i : DemoCity.issues()) {
            assertBetween(1, 60, i.title().length(), "title length of " + i.key());
            assertTrue(i.title().length() <= 200, i.key());
            assertTrue(DemoCity.CATEGORIES.contains(i.category()), i.key() + " category " + i.category());
            assertNotNull(DemoCityScores.proposalKind(i.proposal()), i.key() + " proposal " + i.proposal());
            assertTrue(Set.of("NEW", "ANALYZING", "PLANNED", "IN_PROGRESS", "DONE", "REJECTED").contains(i.status()),
                    i.key() + " status " + i.status());
            assertBetween(1, 6, i.deptCodes().size(), "departments of " + i.key());
            assertEquals(i.deptCodes().size(), Set.copyOf(i.deptCodes()).size(), "no repeated department " + i.key());
            for (String code : i.deptCodes()) {
                assertNotNull(DEPTS.get(code), i.key() + " cites unknown department " + code);
            }
            assertBetween(1, 2, i.hearingKeys().size(), "hearings of " + i.key());
            for (String key : i.hearingKeys()) {
                Hearing h = HEARINGS.get(key);
                assertNotNull(h, i.key() + " cites unknown hearing " + key);
                assertEquals("DONE", h.status(), i.key() + " cites a hearing that was held: " + key);
                assertTrue(i.deptCodes().contains(h.deptCode()), i.key() + " cites " + key + " of another department");
            }
            if (i.annualHours() != null) {
                assertTrue(i.annualHours() >= 20 && i.annualHours() <= 3000, i.key() + " hours " + i.annualHours());
            }
            switch (i.status()) {
                case "PLANNED" -> assertEquals(2027, i.fiscalYear(), i.key());
                case "IN_PROGRESS" -> assertEquals(2026, i.fiscalYear(), i.key());
                case "DONE" -> assertNotNull(i.fiscalYear(), i.key());
                default -> assertNull(i.fiscalYear(), i.key());
            }
        }
        assertBetween(70, 90, DemoCity.issues().size(), "issues");
        assertTrue(DemoCity.issues().stream().filter(i -> i.deptCodes().size() >= 2).count() >= 10,
                "city-wide issues");
        assertTrue(DemoCity.issues().stream().filter(i -> i.annualHours() == null).count() >= 5, "unknown hours");
        assertBetween(1, 2, countStatus("REJECTED"), "rejected issues");
        assertTrue(countStatus("NEW") + countStatus("ANALYZING") > DemoCity.issues().size() / 2, "mostly open");
        for (String status : List.of("PLANNED", "IN_PROGRESS", "DONE")) {
            assertTrue(countStatus(status) >= 3, status);
        }
    }

    @Test
    void everyHeardDepartmentRaisedAnIssue() {
        Set<String> raising = DemoCity.issues().stream()
                .flatMap(i -> i.deptCodes().stream())
                .collect(Collectors.toSet());
        DemoCity.hearings().stream()
                .filter(h -> h.status().equals("DONE"))
                .forEach(h -> assertTrue(raising.contains(h.deptCode()), h.deptCode() + " has no issue"));
    }

    @Test
    void criteriaAndRatersAreComplete() {
        assertEquals(6, CRITERIA.size());
        for (int p = 0; p < DemoCity.criteria().size(); p++) {
            Criterion c = DemoCity.criteria().get(p);
            assertEquals(p + 1, c.position(), c.key());
            assertTrue(c.weight() > 0 && c.minScore() == 1 && c.maxScore() == 5, c.key());
            assertTrue(Set.of("BENEFIT", "COST").contains(c.direction()), c.key());
            assertTrue(c.description().contains("1:") && c.description().contains("5:"), c.key());
        }
        assertEquals(List.of("aoki", "sato", "tanaka"),
                DemoCity.raters().stream().map(DemoCity.Rater::username).toList());
        Set<String> roles = Set.of("viewer", "officer", "rater", "manager", "admin");
        DemoCity.raters().forEach(r -> assertTrue(roles.containsAll(r.roles()) && r.roles().contains("rater")));
    }

    @Test
    void scoresReferToKnownRatersIssuesAndCriteriaWithinScale() {
        Set<String> raters = DemoCity.raters().stream().map(DemoCity.Rater::username).collect(Collectors.toSet());
        Set<String> seen = new HashSet<>();
        for (Score s : DemoCity.scores()) {
            assertTrue(raters.contains(s.rater()), "unknown rater " + s.rater());
            assertNotNull(ISSUES.get(s.issueKey()), "unknown issue " + s.issueKey());
            Criterion c = CRITERIA.get(s.criterionKey());
            assertNotNull(c, "unknown criterion " + s.criterionKey());
            assertTrue(s.value() >= c.minScore() && s.value() <= c.maxScore(), s.toString());
            assertTrue(seen.add(s.rater() + "/" + s.issueKey() + "/" + s.criterionKey()), "duplicate " + s);
        }
    }

    @Test
    void scoresAreDeterministic() {
        assertEquals(DemoCity.scores(), DemoCity.scores());
    }

    @Test
    void scoresLeaveGapsAndDisagreementsToShow() {
        Map<String, Map<String, Set<String>>> ratersByIssueAndCriterion = new HashMap<>();
        Map<String, Map<String, List<Integer>>> valuesByIssueAndCriterion = new HashMap<>();
        for (Score s : DemoCity.scores()) {
            ratersByIssueAndCriterion.computeIfAbsent(s.issueKey(), k -> new HashMap<>())
                    .computeIfAbsent(s.criterionKey(), k -> new HashSet<>()).add(s.rater());
            valuesByIssueAndCriterion.computeIfAbsent(s.issueKey(), k -> new HashMap<>())
                    .computeIfAbsent(s.criterionKey(), k -> new ArrayList<>()).add(s.value());
        }
        List<Issue> open = DemoCity.issues().stream().filter(DemoCityScores::isOpen).toList();
        long unscored = open.stream().filter(i -> !ratersByIssueAndCriterion.containsKey(i.key())).count();
        long partly = open.stream()
                .filter(i -> ratersByIssueAndCriterion.containsKey(i.key()))
                .filter(i -> ratersByIssueAndCriterion.get(i.key()).size() < CRITERIA.size())
                .count();
        long tanakaSkipped = open.stream()
                .filter(i -> ratersByIssueAndCriterion.containsKey(i.key()))
                .filter(i -> ratersByIssueAndCriterion.get(i.key()).values().stream()
                        .noneMatch(r -> r.contains("tanaka")))
                .count();
        long disputed = valuesByIssueAndCriterion.values().stream()
                .filter(byCriterion -> byCriterion.values().stream()
                        .anyMatch(v -> v.stream().mapToInt(x -> x).max().orElse(0)
                                - v.stream().mapToInt(x -> x).min().orElse(0) >= 2))
                .count();

        assertBetween(2, 6, unscored, "open issues not scored at all");
        assertEquals(DemoCityScores.PARTLY_UNSCORED, partly, "open issues missing a criterion");
        assertEquals(DemoCityScores.TANAKA_SKIPS, tanakaSkipped, "open issues tanaka skipped");
        assertBetween(DemoCityScores.INJECTED_DISPUTES, 12, disputed, "disputed issues");
        assertTrue(open.size() - unscored - partly > open.size() * 3 / 4, "most open issues are fully scored");
    }

    private static Dept parentOf(Dept d) {
        Dept parent = DEPTS.get(d.parentCode());
        assertNotNull(parent, "parent of " + d.code());
        return parent;
    }

    private static long countKind(String kind) {
        return DemoCity.departments().stream().filter(d -> d.kind().equals(kind)).count();
    }

    private static long countStatus(String status) {
        return DemoCity.issues().stream().filter(i -> i.status().equals(status)).count();
    }

    private static void assertBetween(long lo, long hi, long actual, String what) {
        assertTrue(actual >= lo && actual <= hi, what + ": " + actual + " not in " + lo + ".." + hi);
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a));
    }
}
