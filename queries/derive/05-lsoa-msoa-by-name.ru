# Title: 2011 LSOAs lie within the 2011 MSOA whose name they extend
# Why: ONS names each LSOA after the MSOA that contains it ("Leeds 001A" is in "Leeds 001"); the lookups here give no
# LSOA-to-MSOA table. Only LSOAs of the same (2011) vintage as the MSOA lookup are placed. The two sides are computed
# separately and joined on the name so that the engine can hash-join them.
PREFIX odsl: <https://odsl.org.uk/def/odsl/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>

INSERT { GRAPH ?derived { ?lsoa odsl:within ?msoa } }
WHERE {
  { SELECT ?lsoa ?msoaName WHERE {
      ?lsoa a odsl:LowerLayerSuperOutputArea ;
            odsl:censusVintage "2011"^^xsd:gYear ;
            rdfs:label ?name .
      BIND (REPLACE(STR(?name), "[A-Z]$", "") AS ?msoaName)
  } }
  { SELECT ?msoa ?msoaName WHERE {
      ?msoa a odsl:MiddleLayerSuperOutputArea ;
            odsl:censusVintage "2011"^^xsd:gYear ;
            rdfs:label ?label .
      BIND (STR(?label) AS ?msoaName)
  } }
}
