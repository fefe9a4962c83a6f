# Title: English LSOAs that no 2011 lookup knows are 2021 codes
# Why: the 2011-based lookups give every 2011 LSOA its vintage; a code seen only in police.uk data (which uses 2021
# boundaries) is one of the LSOAs created in 2021.
PREFIX odsl: <https://odsl.org.uk/def/odsl/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>

INSERT { GRAPH ?derived { ?lsoa odsl:censusVintage "2021"^^xsd:gYear } }
WHERE {
  ?lsoa a odsl:LowerLayerSuperOutputArea ;
        skos:notation ?code .
  FILTER (STRSTARTS(?code, "E01"))
  FILTER NOT EXISTS { ?lsoa odsl:censusVintage ?vintage }
}
