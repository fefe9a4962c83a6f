package org.opendatasaveslives.odsl.serve.linkeddata;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;

/** A WGS84 point (geo:lat, geo:long) shown as coordinates with a link to the place on OpenStreetMap. */
record MapPosition(String latitude, String longitude) {
    private static final int ZOOM = 16;

    static Optional<MapPosition> of(ResourceDescription description) {
        Optional<String> lat = number(description.values(Vocab.LAT));
        Optional<String> lon = number(description.values(Vocab.LONG));
        return lat.isPresent() && lon.isPresent() ? Optional.of(new MapPosition(lat.get(), lon.get())) : Optional.empty();
    }

    String openStreetMap() {
        return "https://www.openstreetmap.org/?mlat=" + latitude + "&mlon=" + longitude
                + "#map=" + ZOOM + "/" + latitude + "/" + longitude;
    }

    void render(Html body) {
        body.element("h2", "Location");
        body.open("p", "class", "map").text("Latitude " + latitude + ", longitude " + longitude + " (WGS84). ")
                .link(openStreetMap(), "Show on OpenStreetMap").close("p");
    }

    // Only a plain decimal goes into the link, so a literal can never inject anything into the URL.
    private static Optional<String> number(List<Node> values) {
        return values.stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm)
                .filter(text -> text.matches("-?\\d{1,3}(\\.\\d+)?")).findFirst();
    }
}
