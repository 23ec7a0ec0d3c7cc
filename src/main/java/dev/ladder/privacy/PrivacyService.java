package dev.ladder.privacy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ladder.account.AccountService;
import dev.ladder.common.Timestamps;
import dev.ladder.common.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.UUID;

/** Leaving: an account takes everything it holds with it (export), then goes (erase). */
@ApplicationScoped
public class PrivacyService {
    private final AccountService accounts;
    private final ExportRepository exports;
    private final ErasureRepository erasure;
    private final ObjectMapper json;
    private final CurrentUser me;

    PrivacyService(
            AccountService accounts,
            ExportRepository exports,
            ErasureRepository erasure,
            ObjectMapper json,
            CurrentUser me) {
        this.accounts = accounts;
        this.exports = exports;
        this.erasure = erasure;
        this.json = json;
        this.me = me;
    }

    /**
     * The caller's export, written as it is read: {@code {exportedAt, profile, settings, positions:
     * [...], ...}}. The account is resolved now (a token of an erased account is refused before the
     * body starts); the rows are read when the body is written.
     */
    public StreamingOutput export() {
        UUID account = accounts.current().id;
        return output -> {
            try (JsonGenerator out = json.getFactory().createGenerator(output)) {
                out.writeStartObject();
                out.writeStringField("exportedAt", Timestamps.now().toString());
                exports.read(account, new ExportRepository.Sink() {
                    @Override
                    public void object(String name, String row) throws IOException {
                        out.writeFieldName(name);
                        if (row == null) {
                            out.writeNull();
                        } else {
                            out.writeRawValue(row);
                        }
                    }

                    @Override
                    public void startList(String name) throws IOException {
                        out.writeArrayFieldStart(name);
                    }

                    @Override
                    public void row(String row) throws IOException {
                        out.writeRawValue(row);
                    }

                    @Override
                    public void endList() throws IOException {
                        out.writeEndArray();
                    }
                });
                out.writeEndObject();
            } catch (SQLException e) {
                // Mid-body: the status is sent already; the client sees a cut-off document.
                throw new UncheckedIOException(new IOException("The export could not be read", e));
            }
        };
    }

    /** Erases the caller's account and everything it holds, in one transaction (what stays: {@link ErasureRepository}). */
    @Transactional
    public void erase(EraseAccountRequest request) {
        UUID account = me.id();
        accounts.erase(request.password());
        erasure.forget(account);
    }
}
