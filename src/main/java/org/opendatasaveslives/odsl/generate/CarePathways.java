package org.opendatasaveslives.odsl.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic adult social care pathways within one reporting period: a request for support; for most, an assessment
 * (or reablement straight away); after an assessment with eligible needs, a long-term service; a planned review some
 * months into the service. Requests, assessments and reviews are completed within the period (CLD counts only those);
 * a service may still be open at its end. Values are CLD release 2 values (docs/sources/dhsc-asc-client-level-data.md).
 */
final class CarePathways {
    private static final WeightedChoice<String> ROUTES = WeightedChoice.<String>builder()
        .add("Community / other route", 62).add("Discharge from hospital", 25).add("Diversion from hospital services", 5)
        .add("Planned entry (transition)", 4).add("Self-funder with depleted funds", 3).add("Prison", 1).build();
    private static final WeightedChoice<String> REQUEST_OUTCOMES = WeightedChoice.<String>builder()
        .add("Progress to assessment, review or reassessment", 55).add("Progress to reablement/ST-Max", 12)
        .add("NFA: Information and advice or signposting", 18).add("NFA: Referral to other service within the local authority", 5)
        .add("NFA: Referral to NHS services or NHS funded social care", 4).add("NFA: Support declined", 4)
        .add("NFA: Other", 2).build();
    private static final WeightedChoice<String> ASSESSMENT_OUTCOMES = WeightedChoice.<String>builder()
        .add("Progress to support planning or services", 70).add("NFA: Self-funded client or under 12wk disregard", 9)
        .add("NFA: Support declined", 8).add("NFA: No services offered for other reason", 8).add("NFA: Deceased", 2)
        .add("Admitted to hospital", 3).build();
    private static final WeightedChoice<String> METHODS = WeightedChoice.<String>builder()
        .add("Face to face", 70).add("Telephone", 22).add("Video call", 8).build();
    private static final WeightedChoice<String> LONG_TERM_SERVICES = WeightedChoice.<String>builder()
        .add("Long term support: Community", 70).add("Long term support: Residential care", 14)
        .add("Long term support: Nursing care", 8).add("Short term support: Ongoing low level", 8).build();
    private static final WeightedChoice<String> COMMUNITY_COMPONENTS = WeightedChoice.<String>builder()
        .add("Home care", 55).add("Day care", 12).add("Supported living", 15).add("Direct payment only", 18).build();
    private static final WeightedChoice<String> DELIVERY = WeightedChoice.<String>builder()
        .add("CASSR commissioned support", 65).add("Direct payment", 25).add("CASSR managed personal budget", 10).build();
    private static final WeightedChoice<String> SERVICE_ENDINGS = WeightedChoice.<String>builder()
        .add("NFA: Support ended as planned", 40).add("NFA: Deceased", 30).add("Admitted to hospital", 15)
        .add("NFA: Responsibility moved to another local authority", 5).add("NFA: Support ended for other reason", 10)
        .build();
    private static final WeightedChoice<String> REVIEW_OUTCOMES = WeightedChoice.<String>builder()
        .add("Continuation of support or services", 80).add("Progress to assessment, review or reassessment", 15)
        .add("NFA: Support ended for other reason", 5).build();

    private final LocalDate first;
    private final LocalDate last;

    CarePathways(LocalDate first, LocalDate last) {
        this.first = first;
        this.last = last;
    }

    /** The events of one person's pathway, in time order; the same draws give the same pathway. */
    List<CareEvent> pathway(Random random) {
        List<CareEvent> events = new ArrayList<>();
        int days = (int) (last.toEpochDay() - first.toEpochDay());
        LocalDate requestStart = first.plusDays(random.nextInt(days - 30));
        LocalDate requestEnd = requestStart.plusDays(random.nextInt(15));
        String requestOutcome = REQUEST_OUTCOMES.pick(random);
        events.add(CareEvent.request(requestStart, requestEnd, requestOutcome, ROUTES.pick(random)));
        if (requestOutcome.equals("Progress to reablement/ST-Max")) {
            LocalDate start = requestEnd.plusDays(1 + random.nextInt(5));
            LocalDate end = start.plusDays(14 + random.nextInt(29));
            addService(events, CareEvent.service(start, end, random.nextInt(3) == 0
                ? "Progress to assessment, review or reassessment" : "NFA: Support ended as planned",
                "Short term support: ST-Max", "Reablement", "CASSR commissioned support"));
        } else if (requestOutcome.equals("Progress to assessment, review or reassessment")) {
            LocalDate start = requestEnd.plusDays(1 + random.nextInt(10));
            LocalDate end = start.plusDays(1 + random.nextInt(28));
            String outcome = ASSESSMENT_OUTCOMES.pick(random);
            boolean eligible = outcome.equals("Progress to support planning or services");
            if (!end.isAfter(last)) {
                events.add(CareEvent.assessment(start, end, outcome, eligible ? "Yes" : "No", METHODS.pick(random)));
                if (eligible) {
                    longTermSupport(events, end.plusDays(1 + random.nextInt(14)), random);
                }
            }
        }
        return events;
    }

    private void longTermSupport(List<CareEvent> events, LocalDate start, Random random) {
        if (start.isAfter(last)) {
            return;
        }
        String type = LONG_TERM_SERVICES.pick(random);
        String component = switch (type) {
            case "Long term support: Residential care" -> "Residential care";
            case "Long term support: Nursing care" -> "Nursing care";
            case "Short term support: Ongoing low level" -> "Equipment and adaptations";
            default -> COMMUNITY_COMPONENTS.pick(random);
        };
        String delivery = type.equals("Long term support: Community") ? DELIVERY.pick(random) : "CASSR commissioned support";
        LocalDate review = start.plusDays(90 + random.nextInt(90));
        LocalDate end = random.nextInt(4) == 0 ? start.plusDays(30 + random.nextInt(240)) : null;
        addService(events, CareEvent.service(start, end, end == null ? "" : SERVICE_ENDINGS.pick(random), type,
            component, delivery));
        if (!review.isAfter(last) && (end == null || review.isBefore(end))) {
            events.add(CareEvent.review(review, REVIEW_OUTCOMES.pick(random), "Planned review",
                random.nextInt(3) == 0 ? "Partially achieved" : "Fully achieved", METHODS.pick(random)));
        }
    }

    /** A service that would end after the period is still open at its end: no end date, no outcome. */
    private void addService(List<CareEvent> events, CareEvent service) {
        if (service.start().isAfter(last)) {
            return;
        }
        if (service.end() != null && service.end().isAfter(last)) {
            service = CareEvent.service(service.start(), null, "", service.serviceType(), service.serviceComponent(),
                service.deliveryMechanism());
        }
        events.add(service);
    }
}
