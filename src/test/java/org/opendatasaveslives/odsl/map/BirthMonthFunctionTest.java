package org.opendatasaveslives.odsl.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BirthMonthFunctionTest {
    private final BirthMonthFunction birthMonth = new BirthMonthFunction();

    @Test
    void keepsOnlyTheMonthAndYearOfEveryDateLayout() throws Exception {
        assertEquals("1941-03", birthMonth.apply(new Object[] {"1941-03-14"}));
        assertEquals("1941-03", birthMonth.apply(new Object[] {"14/03/1941"}));
        assertEquals("1941-03", birthMonth.apply(new Object[] {"19410314"}));
        assertNull(birthMonth.apply(new Object[] {null}));
        assertTrue(birthMonth.sensitive());
    }

    @Test
    void aDateThatIsNotADateFailsWithoutQuotingIt() {
        FunctionException e = assertThrows(FunctionException.class, () -> birthMonth.apply(new Object[] {"1960-02-30"}));
        assertEquals("is not a date of birth (expected a real date as dd/mm/yyyy, yyyy-mm-dd or yyyymmdd)", e.getMessage());
        assertFalse(e.getMessage().contains("1960"));
    }
}
