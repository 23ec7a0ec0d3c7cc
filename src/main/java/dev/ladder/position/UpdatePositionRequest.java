package dev.ladder.position;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.ladder.common.Text;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;

/**
 * PATCH body. A field left out stays as it is; {@code level}, {@code companyStage} and
 * {@code endDate} can be cleared with an explicit null ({@code "endDate": null} makes the position
 * current again). JSON null and a missing field both arrive as Java null, so the setters, which
 * Jackson calls only for fields present in the body, remember which ones were sent.
 */
public class UpdatePositionRequest {
    @Size(max = 100)
    @Pattern(regexp = Text.NOT_BLANK, message = "must not be blank")
    private String company;

    @Size(max = 100)
    @Pattern(regexp = Text.NOT_BLANK, message = "must not be blank")
    private String title;

    @Size(max = 50)
    private String level;

    @Size(max = 50)
    private String companyStage;

    private YearMonth startDate;

    private YearMonth endDate;

    @JsonIgnore
    private final Set<String> sent = new HashSet<>();

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
        sent.add("company");
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
        sent.add("title");
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
        sent.add("level");
    }

    public String getCompanyStage() {
        return companyStage;
    }

    public void setCompanyStage(String companyStage) {
        this.companyStage = companyStage;
        sent.add("companyStage");
    }

    public YearMonth getStartDate() {
        return startDate;
    }

    public void setStartDate(YearMonth startDate) {
        this.startDate = startDate;
        sent.add("startDate");
    }

    public YearMonth getEndDate() {
        return endDate;
    }

    public void setEndDate(YearMonth endDate) {
        this.endDate = endDate;
        sent.add("endDate");
    }

    /** Whether the body named this field, with a value or with null. */
    boolean sent(String field) {
        return sent.contains(field);
    }
}
