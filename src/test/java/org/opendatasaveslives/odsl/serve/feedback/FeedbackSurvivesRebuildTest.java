package org.opendatasaveslives.odsl.serve.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendatasaveslives.odsl.build.BuildPipeline;
import org.opendatasaveslives.odsl.build.BuildReport;
import org.opendatasaveslives.odsl.build.ReleaseGroups;
import org.opendatasaveslives.odsl.generate.DemoDataGenerator;
import org.opendatasaveslives.odsl.serve.OdslServer;
import org.opendatasaveslives.odsl.serve.ServeConfig;

/**
 * Feedback given through {@code odsl serve} is still there, on the page and in the catalogue, after {@code odsl build}
 * has rebuilt the release it is about (erasing and reloading the release graph, the ontology and the derived graph)
 * and compacted the database.
 */
class FeedbackSurvivesRebuildTest {
    private static final String RELEASE = "ons-lsoa11-ccg-lad";
    private static final String DATASET = "https://odsl.org.uk/id/dataset/" + RELEASE;
    private static final String TEXT = "Some 2011 LSOAs are missing their CCG.";

    @TempDir
    Path tmp;

    @Test
    void feedbackOnAReleaseSurvivesItsRebuildAndACompaction() throws Exception {
        Path data = tmp.resolve("data");
        Path db = tmp.resolve("db");
        DemoDataGenerator.generate(data, DemoDataGenerator.DEFAULT_SEED, DemoDataGenerator.DEFAULT_SCALE);
        build(data, db, false);

        OdslServer server = OdslServer.start(ServeConfig.forDatabase(db).port(0).build());
        try {
            HttpResponse<String> created = FeedbackFixture.post(server.baseUrl() + "feedback", "application/json",
                    "{\"target\": \"" + DATASET + "\", \"motivation\": \"editing\", \"text\": \"" + TEXT + "\"}");
            assertEquals(201, created.statusCode(), created.body());
        } finally {
            server.stop();
        }

        BuildReport rebuilt = build(data, db, true);
        assertTrue(rebuilt.releases().stream().anyMatch(o -> o.release().equals(RELEASE) && o.loaded() > 0), rebuilt.summary());

        server = OdslServer.start(ServeConfig.forDatabase(db).port(0).build());
        try {
            String page = FeedbackFixture.get(server.baseUrl() + "doc/dataset/" + RELEASE, "text/html", null).body();
            assertTrue(page.contains(TEXT), page);
            String catalogue = FeedbackFixture.get(server.baseUrl() + "catalog", "text/html", null).body();
            assertTrue(catalogue.contains("href=\"/doc/dataset/" + RELEASE + "#feedback\">1 comment</a>"), catalogue);
        } finally {
            server.stop();
        }
    }

    private BuildReport build(Path data, Path db, boolean compact) throws Exception {
        BuildReport report = new BuildPipeline(new BuildPipeline.Settings(Path.of("catalogs/demo.ttl"), data, db,
                tmp.resolve("reports"), "https://odsl.org.uk/", Path.of("."), false, Set.of(RELEASE), compact,
                ReleaseGroups.GROUP_QUADS),
                new PrintWriter(new StringWriter())).run();
        assertFalse(report.anyFailed(), report.summary());
        return report;
    }
}
