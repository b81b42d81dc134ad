package dev.nicepick.drills;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/**
 * One fault drill, as every replica of the service reads it from the database.
 *
 * @param instance  the instance under attack: the one that took the request ({@code host:port})
 * @param seconds   how long it was asked to last
 * @param endsAt    {@code startedAt + seconds}: it stops by itself then
 * @param endedAt   when its assault stopped; null while running. A drill whose instance went away reads as ended at
 *                  {@code endsAt} once that has passed.
 */
public record Drill(UUID id, String service, String instance, Fault fault, int seconds, Instant startedAt, Instant endsAt,
                    @Schema(nullable = true) Instant endedAt, DrillStatus status) {
}
