# Title: NHS organisations are linked to the area of the same ODS code
# Why: ODS extracts name organisations by ODS code (a trust's ICB QWO, a practice's commissioner 15F, a region Y63);
# the ONS lookups give NHS areas (CCGs, sub-ICB locations, ICBs, NHS England regions) their ODS code as odsl:odsCode.
# Linking the two lets a query walk from a trust or GP practice to its ICB area and on through odsl:within to the
# districts and LSOAs of that area. Organisations whose code no loaded lookup knows (Welsh health boards, NHS England
# local offices, CCGs merged in 2021) stay unlinked.
PREFIX odsl: <https://odsl.org.uk/def/odsl/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

INSERT { GRAPH ?derived { ?org odsl:coversArea ?area } }
WHERE {
  { SELECT DISTINCT ?area ?code WHERE {
      VALUES ?type { odsl:ClinicalCommissioningGroup odsl:SubIcbLocation odsl:IntegratedCareBoard odsl:NhsRegion }
      ?area a ?type ;
            odsl:odsCode ?code .
  } }
  ?org a odsl:NhsOrganisation ;
       skos:notation ?code .
}
