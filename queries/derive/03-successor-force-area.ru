# Title: A new district lies in the police force area of the districts it replaced
# Why: the LAD to police force area lookup is from December 2019; districts created since (Buckinghamshire 2020,
# North and West Northamptonshire 2021, Barnsley's new code in 2021) are missing from it. Police force areas follow
# county lines, so a successor lies in its predecessors' force area when they all agree on one.
PREFIX odsl:    <https://odsl.org.uk/def/odsl/>
PREFIX dcterms: <http://purl.org/dc/terms/>

INSERT { GRAPH ?derived { ?current odsl:within ?forceArea } }
WHERE {
  ?old dcterms:isReplacedBy ?current ;
       odsl:within+ ?forceArea .
  ?forceArea a odsl:PoliceForceArea .
  FILTER NOT EXISTS { ?current odsl:within+ ?anyArea . ?anyArea a odsl:PoliceForceArea }
  FILTER NOT EXISTS {
    ?otherOld dcterms:isReplacedBy ?current ;
              odsl:within+ ?otherArea .
    ?otherArea a odsl:PoliceForceArea .
    FILTER (?otherArea != ?forceArea)
  }
}
