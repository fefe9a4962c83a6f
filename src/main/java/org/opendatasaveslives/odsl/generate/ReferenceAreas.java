package org.opendatasaveslives.odsl.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The real areas the demo data covers: the districts of West Yorkshire and of the Kent police force area,
 * with their real ONS and NHS codes (ONS lookups of 2019–2022). Positions are the mean and spread of each
 * district's real LSOA centroids.
 */
public final class ReferenceAreas {

    private static final String YORKSHIRE_CODE = "E12000003";
    private static final String YORKSHIRE_NAME = "Yorkshire and The Humber";
    private static final String SOUTH_EAST_CODE = "E12000008";
    private static final String SOUTH_EAST_NAME = "South East";
    private static final String WEST_YORKSHIRE_CA_CODE = "E47000003";
    private static final String WEST_YORKSHIRE_CA_NAME = "West Yorkshire";
    private static final String KENT_CC_CODE = "E10000016";
    private static final String KENT_CC_NAME = "Kent";

    private static final Ccg KENT_AND_MEDWAY = new Ccg("E38000237", "91Q", "NHS Kent and Medway CCG");

    private static final List<LocalAuthority> DISTRICTS = List.of(
            westYorkshire("E08000032", "Bradford", "E22000342",
                    List.of(new Ccg("E38000232", "36J", "NHS Bradford District and Craven CCG")),
                    new AreaExtent(53.8189, -1.8006, 0.045, 0.068), 8),
            westYorkshire("E08000033", "Calderdale", "E22000343",
                    List.of(new Ccg("E38000025", "02T", "NHS Calderdale CCG")),
                    new AreaExtent(53.7178, -1.8926, 0.0243, 0.0863), 3),
            westYorkshire("E08000034", "Kirklees", "E22000344",
                    List.of(new Ccg("E38000121", "03J", "NHS North Kirklees CCG"),
                            new Ccg("E38000064", "03A", "NHS Greater Huddersfield CCG")),
                    new AreaExtent(53.6627, -1.7289, 0.0466, 0.0789), 7),
            westYorkshire("E08000035", "Leeds", "E22000345",
                    List.of(new Ccg("E38000225", "15F", "NHS Leeds CCG")),
                    new AreaExtent(53.8104, -1.5498, 0.0434, 0.0881), 13),
            westYorkshire("E08000036", "Wakefield", "E22000346",
                    List.of(new Ccg("E38000190", "03R", "NHS Wakefield CCG")),
                    new AreaExtent(53.6751, -1.4215, 0.0363, 0.1026), 6),
            new LocalAuthority("E06000035", "Medway", "E22000143", "Medway", "E06000035", "Medway", "", "",
                    SOUTH_EAST_CODE, SOUTH_EAST_NAME, PoliceForce.KENT, List.of(KENT_AND_MEDWAY),
                    new AreaExtent(51.3769, 0.5406, 0.0265, 0.044), 5),
            kentDistrict("E07000105", "Ashford", "E22000137", "Ashford", new AreaExtent(51.136, 0.8374, 0.0425, 0.081)),
            kentDistrict("E07000106", "Canterbury", "E22000138", "Canterbury",
                    new AreaExtent(51.3172, 1.0883, 0.0444, 0.0465)),
            kentDistrict("E07000107", "Dartford", "E22000352", "Dartford and Gravesham",
                    new AreaExtent(51.4362, 0.2379, 0.0158, 0.0418)),
            kentDistrict("E07000108", "Dover", "E22000140", "Dover", new AreaExtent(51.188, 1.3182, 0.0513, 0.0581)),
            kentDistrict("E07000109", "Gravesham", "E22000352", "Dartford and Gravesham",
                    new AreaExtent(51.4209, 0.3746, 0.0251, 0.0294)),
            kentDistrict("E07000110", "Maidstone", "E22000142", "Maidstone",
                    new AreaExtent(51.2545, 0.5369, 0.0365, 0.0513)),
            kentDistrict("E07000111", "Sevenoaks", "E22000144", "Sevenoaks",
                    new AreaExtent(51.3135, 0.1864, 0.0701, 0.066)),
            // The CSP kept the district's pre-2018 name.
            kentDistrict("E07000112", "Folkestone and Hythe", "E22000145", "Shepway",
                    new AreaExtent(51.069, 1.0973, 0.0478, 0.0905)),
            kentDistrict("E07000113", "Swale", "E22000146", "Swale", new AreaExtent(51.3603, 0.7841, 0.0462, 0.0735)),
            kentDistrict("E07000114", "Thanet", "E22000147", "Thanet", new AreaExtent(51.3625, 1.3898, 0.0197, 0.0408)),
            kentDistrict("E07000115", "Tonbridge and Malling", "E22000148", "Tonbridge and Malling",
                    new AreaExtent(51.262, 0.3651, 0.0501, 0.0823)),
            kentDistrict("E07000116", "Tunbridge Wells", "E22000149", "Tunbridge Wells",
                    new AreaExtent(51.1339, 0.331, 0.0326, 0.1049)));

    private static final List<SubIcbLocation> SUB_ICB_LOCATIONS = List.of(
            westYorkshireSubIcb("E38000025", "02T"),
            westYorkshireSubIcb("E38000190", "03R"),
            westYorkshireSubIcb("E38000225", "15F"),
            westYorkshireSubIcb("E38000232", "36J"),
            new SubIcbLocation("E38000237", "91Q", "NHS Kent and Medway ICB - 91Q", "E54000032", "QKS",
                    "NHS Kent and Medway Integrated Care Board", "E40000005", "Y59", "South East"),
            westYorkshireSubIcb("E38000254", "X2C4Y"));

    /**
     * Craven (abolished 2023, now North Yorkshire) is the Craven of "Bradford District and Craven CCG"; its real row
     * is the nearest case in the real file of an old district code that maps to a current one.
     */
    private static final List<DistrictCodeHistory> NEIGHBOURING_CODE_HISTORY = List.of(
            new DistrictCodeHistory("E06000065", "North Yorkshire", "E06000065", "North Yorkshire", "E06000065",
                    "North Yorkshire", "", "", YORKSHIRE_CODE, YORKSHIRE_NAME, true, "E06000065", "North Yorkshire"),
            new DistrictCodeHistory("E07000163", "Craven", "E06000065", "North Yorkshire", "E06000065",
                    "North Yorkshire", "", "", YORKSHIRE_CODE, YORKSHIRE_NAME, false, "E06000065", "North Yorkshire"));

    private ReferenceAreas() {
    }

    /** The 18 demo districts, West Yorkshire first, in a fixed order. */
    public static List<LocalAuthority> districts() {
        return DISTRICTS;
    }

    public static List<LocalAuthority> districtsOf(PoliceForce force) {
        return DISTRICTS.stream().filter(la -> la.force() == force).toList();
    }

    public static List<SubIcbLocation> subIcbLocations() {
        return SUB_ICB_LOCATIONS;
    }

    /** Rows for {@code la_all_codes.csv}: every demo district plus a real abolished code and its successor, by code. */
    public static List<DistrictCodeHistory> districtCodeHistory() {
        List<DistrictCodeHistory> rows = new ArrayList<>();
        DISTRICTS.forEach(la -> rows.add(DistrictCodeHistory.current(la)));
        rows.addAll(NEIGHBOURING_CODE_HISTORY);
        rows.sort(Comparator.comparing(DistrictCodeHistory::code));
        return List.copyOf(rows);
    }

    private static LocalAuthority westYorkshire(String code, String name, String cspCode, List<Ccg> ccgs,
            AreaExtent extent, int msoaCount) {
        return new LocalAuthority(code, name, cspCode, name, code, name, WEST_YORKSHIRE_CA_CODE,
                WEST_YORKSHIRE_CA_NAME, YORKSHIRE_CODE, YORKSHIRE_NAME, PoliceForce.WEST_YORKSHIRE, ccgs, extent,
                msoaCount);
    }

    private static LocalAuthority kentDistrict(String code, String name, String cspCode, String cspName,
            AreaExtent extent) {
        return new LocalAuthority(code, name, cspCode, cspName, KENT_CC_CODE, KENT_CC_NAME, "", "", SOUTH_EAST_CODE,
                SOUTH_EAST_NAME, PoliceForce.KENT, List.of(KENT_AND_MEDWAY), extent, 3);
    }

    private static SubIcbLocation westYorkshireSubIcb(String code, String odsCode) {
        return new SubIcbLocation(code, odsCode, "NHS West Yorkshire ICB - " + odsCode, "E54000054", "QWO",
                "NHS West Yorkshire Integrated Care Board", "E40000012", "Y63", "North East and Yorkshire");
    }
}
