package org.opendatasaveslives.odsl.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

class RecentNodesTest {
    @Test
    void aRepeatedTextGetsTheSameNodeAndNoTextGetsAnothersNode() {
        RecentNodes recent = new RecentNodes();
        Node month = recent.put("http://reference.data.gov.uk/id/month/2025-03",
                NodeFactory.createURI("http://reference.data.gov.uk/id/month/2025-03"));
        assertSame(month, recent.get("http://reference.data.gov.uk/id/month/2025-03"));
        // Far more texts than slots: whatever a slot holds, a lookup answers only for its own text.
        for (int i = 0; i < 500; i++) {
            String text = "https://odsl.org.uk/id/lsoa/E0100" + i;
            Node found = recent.get(text);
            if (found != null) {
                assertEquals(text, found.getURI());
            }
            recent.put(text, NodeFactory.createURI(text));
            assertEquals(text, recent.get(text).getURI());
        }
    }

    @Test
    void textsThatNeverRepeatTurnItOff() {
        RecentNodes recent = new RecentNodes();
        for (int i = 0; i < 2000; i++) {
            String text = "https://odsl.org.uk/id/crime/" + i;
            recent.get(text);
            recent.put(text, NodeFactory.createURI(text));
        }
        recent.put("https://odsl.org.uk/id/crime/again", NodeFactory.createURI("https://odsl.org.uk/id/crime/again"));
        assertNull(recent.get("https://odsl.org.uk/id/crime/again"));
    }
}
