# Title: An area that was merged into a successor lies in its successor's police force area
# Why: council data keep the codes of their year (ASC-FR 2016-17 has Bournemouth E06000028 and Poole E06000029,
# merged into Bournemouth, Christchurch and Poole E06000058 in 2019), but the district to police force area lookup
# only has current codes. A merged area is part of its successor, so it lies in the successor's force area.
# ?derived is bound by the build.
PREFIX odsl:    <https://odsl.org.uk/def/odsl/>
PREFIX dcterms: <http://purl.org/dc/terms/>

INSERT { GRAPH ?derived { ?old odsl:within ?forceArea } }
WHERE {
  ?old dcterms:isReplacedBy ?current .
  FILTER NOT EXISTS { ?old odsl:within+ ?anyArea . ?anyArea a odsl:PoliceForceArea }
  ?current odsl:within+ ?forceArea .
  ?forceArea a odsl:PoliceForceArea .
}
