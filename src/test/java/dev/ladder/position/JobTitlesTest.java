package dev.ladder.position;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JobTitlesTest {
    @Test
    void seniorityWordsGoWhateverTheirCaseAndPlace() {
        assertEquals("Software Engineer", JobTitles.withoutSeniority("Senior Software Engineer"));
        assertEquals("software engineer", JobTitles.withoutSeniority("senior staff software engineer"));
        assertEquals("Software Engineer", JobTitles.withoutSeniority("Software Engineer II"));
        assertEquals("Architect", JobTitles.withoutSeniority("Chief Architect"));
        assertEquals("Data Scientist", JobTitles.withoutSeniority("Sr. Data Scientist"));
        assertEquals("Engineering Manager", JobTitles.withoutSeniority("Engineering Manager"));
        assertEquals("Tech Lead", JobTitles.withoutSeniority("Tech Lead"));
        assertEquals("", JobTitles.withoutSeniority("Senior"));
    }

    /** Words that merely contain a seniority word stay whole. */
    @Test
    void onlyWholeWordsGo() {
        assertEquals("Staffing Partner", JobTitles.withoutSeniority("Staffing Partner"));
        assertEquals("Principality Engineer", JobTitles.withoutSeniority("Principality Engineer"));
        assertEquals("Engineer IX", JobTitles.withoutSeniority("Engineer IX"));
    }
}
