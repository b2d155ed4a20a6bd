package kiku.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kiku.KikuConfig;
import kiku.account.Role;
import kiku.account.UserService;
import kiku.department.Department;
import kiku.department.DepartmentKind;
import kiku.hearing.Hearing;
import kiku.hearing.HearingStatus;
import kiku.issue.Issue;
import kiku.issue.IssueQuotes;
import kiku.issue.IssueStatus;
import kiku.plan.FiscalYearCapacity;
import kiku.plan.engine.FiscalYear;
import kiku.scoring.Criterion;
import kiku.scoring.CriterionSource;
import kiku.scoring.DerivedScores;
import kiku.scoring.RankingStore;
import kiku.scoring.Score;
import kiku.scoring.engine.Direction;
import org.jboss.logging.Logger;

/**
 * Fills an empty database with みどり野市 when {@code kiku.demo} is on (dev mode, or
 * {@code KIKU_DEMO=true}); never otherwise. Demo accounts share {@link #PASSWORD}.
 */
@ApplicationScoped
public class DemoLoader {

    public static final String PASSWORD = "kiku-demo-2026";

    private static final java.time.ZoneId CITY_TIME = java.time.ZoneId.of("Asia/Tokyo");

    private static final Logger LOG = Logger.getLogger(DemoLoader.class);

    @Inject
    KikuConfig config;

    @Inject
    UserService users;

    @Inject
    RankingStore ranking;

    @Inject
    DerivedScores derived;

    @Transactional
    void onStart(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 100) StartupEvent event) {
        if (config.demo() && Department.count() == 0) {
            load();
            LOG.infof("Loaded the demo city みどり野市; demo users aoki, sato, tanaka and shicho use the password %s",
                    PASSWORD);
        }
    }

    void load() {
        for (DemoCity.Rater r : DemoCity.raters()) {
            users.createTrusted(r.username(), PASSWORD, r.displayName(), r.roles());
        }
        users.createTrusted("shicho", PASSWORD, "市長 室", List.of(Role.VIEWER));

        Map<String, Long> departments = new HashMap<>();
        for (DemoCity.Dept d : DemoCity.departments()) {
            Department department = new Department();
            department.name = d.name();
            department.kind = DepartmentKind.valueOf(d.kind());
            department.code = d.code();
            department.parentId = d.parentCode() == null ? null : departments.get(d.parentCode());
            department.persist();
            departments.put(d.code(), department.id);
        }
        Map<String, Long> hearings = new HashMap<>();
        for (DemoCity.Hearing h : DemoCity.hearings()) {
            Hearing hearing = new Hearing();
            hearing.departmentId = departments.get(h.deptCode());
            hearing.heldOn = LocalDate.parse(h.heldOn());
            hearing.status = HearingStatus.valueOf(h.status());
            hearing.interviewer = h.interviewer();
            hearing.participants = h.participants();
            hearing.notes = h.notes();
            hearing.followUp = h.followUp();
            hearing.followUpDone = h.followUpDone();
            hearing.persist();
            hearings.put(h.key(), hearing.id);
        }
        Map<String, Long> issues = new HashMap<>();
        for (DemoCity.Issue i : DemoCity.issues()) {
            Issue issue = new Issue();
            issue.title = i.title();
            issue.description = i.description();
            issue.background = i.background();
            issue.category = i.category();
            issue.proposal = i.proposal();
            issue.status = IssueStatus.valueOf(i.status());
            issue.annualHours = i.annualHours();
            Integer cases = DemoCityWorkload.casesPerYear(i);
            if (cases != null) {
                issue.casesPerYear = cases;
                issue.minutesPerCase = DemoCityWorkload.MINUTES_PER_CASE;
                issue.annualHours = cases * DemoCityWorkload.MINUTES_PER_CASE / 60;
            }
            issue.fiscalYear = i.fiscalYear();
            issue.plannedHalf = DemoCityPlan.half(i);
            DemoCityPlan.Estimate estimate = DemoCityPlan.estimate(i);
            if (estimate != null) {
                issue.estimatedCostYen = estimate.costYen();
                issue.effortHours = estimate.effortHours();
            }
            i.deptCodes().forEach(code -> issue.departmentIds.add(departments.get(code)));
            i.hearingKeys().forEach(key -> issue.hearingIds.add(hearings.get(key)));
            issue.persist();
            issues.put(i.key(), issue.id);
        }
        Issue.getEntityManager().flush(); // the links are rows now: the quotes go onto them
        DemoCityQuotes.ALL.forEach(q -> IssueQuotes.put(issues.get(q.issueKey()), hearings.get(q.hearingKey()), q.text()));
        for (DemoCityPlan.Capacity c : DemoCityPlan.capacities(FiscalYear.of(LocalDate.now(CITY_TIME)))) {
            FiscalYearCapacity capacity = new FiscalYearCapacity();
            capacity.fiscalYear = c.fiscalYear();
            capacity.budgetYen = c.budgetYen();
            capacity.staffHours = c.staffHours();
            capacity.persist();
        }
        Map<String, Long> criteria = new HashMap<>();
        for (DemoCity.Criterion c : DemoCity.criteria()) {
            criteria.put(c.key(), criterion(c).id);
        }
        Criterion reach = criterion(DemoCity.REACH);
        reach.source = CriterionSource.DEPARTMENTS;
        reach.thresholds = DemoCity.REACH_THRESHOLDS;
        for (DemoCity.Score s : DemoCity.scores()) {
            Score score = new Score();
            score.issueId = issues.get(s.issueKey());
            score.criterionId = criteria.get(s.criterionKey());
            score.rater = s.rater();
            score.value = s.value();
            score.persist();
        }
        Department.getEntityManager().flush();
        ranking.lock();
        derived.recomputeAll();
        ranking.recomputeAll();
    }

    private static Criterion criterion(DemoCity.Criterion c) {
        Criterion criterion = new Criterion();
        criterion.name = c.name();
        criterion.description = c.description();
        criterion.weight = c.weight();
        criterion.minScore = c.minScore();
        criterion.maxScore = c.maxScore();
        criterion.direction = Direction.valueOf(c.direction());
        criterion.active = true;
        criterion.position = c.position();
        criterion.persist();
        return criterion;
    }
}
