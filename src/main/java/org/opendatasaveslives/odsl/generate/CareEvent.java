package org.opendatasaveslives.odsl.generate;

import java.time.LocalDate;

/**
 * One event of a synthetic adult social care pathway, with the CLD release 2 values of the fields that belong to its
 * type (empty where the type has none). {@code end} is null for a service still open at the end of the period, and so
 * is {@code outcome}.
 */
record CareEvent(String type, LocalDate start, LocalDate end, String outcome, String routeOfAccess,
        String assessmentType, String eligibleNeeds, String method, String serviceType, String serviceComponent,
        String deliveryMechanism, String reviewReason, String reviewOutcomesAchieved) {

    static CareEvent request(LocalDate start, LocalDate end, String outcome, String routeOfAccess) {
        return new CareEvent("Request", start, end, outcome, routeOfAccess, "", "", "", "", "", "", "", "");
    }

    static CareEvent assessment(LocalDate start, LocalDate end, String outcome, String eligibleNeeds, String method) {
        return new CareEvent("Assessment", start, end, outcome, "", "Long term support assessment", eligibleNeeds,
            method, "", "", "", "", "");
    }

    static CareEvent service(LocalDate start, LocalDate end, String outcome, String serviceType, String component,
            String deliveryMechanism) {
        return new CareEvent("Service", start, end, outcome, "", "", "", "", serviceType, component, deliveryMechanism,
            "", "");
    }

    static CareEvent review(LocalDate day, String outcome, String reason, String outcomesAchieved, String method) {
        return new CareEvent("Review", day, day, outcome, "", "", "", method, "", "", "", reason, outcomesAchieved);
    }
}
