package org.propertydesk.adapters.grpc.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.propertydesk.domain.kernel.OfficeId;
import org.propertydesk.domain.kernel.StaffId;

@DisplayName("A token file holds hashed bearer tokens")
class TokenFileTest {

    private static final Caller MANAGER = new Caller(new OfficeId(new UUID(1, 1)), new StaffId(new UUID(0, 1)));
    private static final Caller ASSISTANT = new Caller(new OfficeId(new UUID(1, 1)), new StaffId(new UUID(0, 2)));

    @Test
    @DisplayName("each token verifies as the caller its line names; unknown tokens verify as nobody")
    void verifies(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tokens");
        Files.writeString(file, "# demo office\n" + TokenFile.line("manager-secret", MANAGER) + "\n\n"
                + TokenFile.line("assistant-secret", ASSISTANT) + "\n", StandardCharsets.UTF_8);

        TokenFile tokens = TokenFile.read(file);

        assertThat(tokens.size()).isEqualTo(2);
        assertThat(tokens.verify("manager-secret")).contains(MANAGER);
        assertThat(tokens.verify("assistant-secret")).contains(ASSISTANT);
        assertThat(tokens.verify("manager-secret ")).isEmpty();
        assertThat(tokens.verify("")).isEmpty();
    }

    @Test
    @DisplayName("the file never holds a token itself, only its hash")
    void onlyHashes() {
        String line = TokenFile.line("manager-secret", MANAGER);

        assertThat(line).doesNotContain("manager-secret").startsWith("sha256:");
    }

    @Test
    @DisplayName("a malformed line is refused with its line number, so an operator can fix it")
    void malformedLine() {
        assertThatThrownBy(() -> TokenFile.parse(List.of("# ok", "manager-secret " + MANAGER.office() + " " + MANAGER.staff())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2");
    }
}
