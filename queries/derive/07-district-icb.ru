# Title: A district lies in the integrated care board that all its LSOAs' sub-ICB locations belong to
# Why: NHS data is published by trust and ICB, police and council data by local authority; ONS publishes no district
# to ICB lookup, but the LSOA lookups place every LSOA in a CCG (since 2022 a sub-ICB location with the same code)
# and the sub-ICB lookup places those in ICBs. Since July 2022 ICB boundaries follow local authority boundaries, so a
# district whose LSOAs all reach one ICB lies in it; a district split between ICBs gets no link.
PREFIX odsl: <https://odsl.org.uk/def/odsl/>

INSERT { GRAPH ?derived { ?district odsl:within ?icb } }
WHERE {
  { SELECT ?district (MIN(STR(?board)) AS ?first) (MAX(STR(?board)) AS ?last) WHERE {
      ?lsoa a odsl:LowerLayerSuperOutputArea ;
            odsl:within ?district , ?subIcb .
      ?district a odsl:LocalAuthorityDistrict .
      ?subIcb odsl:within ?board .
      ?board a odsl:IntegratedCareBoard .
  } GROUP BY ?district }
  FILTER (?first = ?last)
  BIND (IRI(?first) AS ?icb)
}
