/**
 * Coverage-guided fuzz tests (Jazzer's {@code @FuzzTest}) of everything that reads what a user or a platform hands
 * Chorus: every registered source format ({@link dev.chorus.fuzz.SourceFuzzTest}), CSV
 * ({@link dev.chorus.fuzz.CsvFuzzTest}), JSON lines ({@link dev.chorus.fuzz.JsonLinesFuzzTest}), compressed files and
 * zip archives ({@link dev.chorus.fuzz.CompressedInputFuzzTest}) and the query filters
 * ({@link dev.chorus.fuzz.QueryFuzzTest}).
 *
 * <p>The oracle is the same everywhere ({@link dev.chorus.fuzz.Refusals}): an input is read, or refused with a reason
 * in words (a rejected record, an unreadable file, a refused filter); any other exception, or an input that takes
 * longer than the bound ({@code @Timeout}), is a finding.
 *
 * <p>Seeds are the golden fixtures of {@code src/test/resources/sources/} (and {@code noposts/}), each behind a first
 * line that says how to read it ({@link dev.chorus.fuzz.FuzzInput}: a format id with options, or a file name to
 * detect the format by), compressed and zipped copies of some of them, and the queries of the parser's own tests.
 *
 * <p>A plain {@code mvn test} runs each target on its corpus only, the files under
 * {@code src/test/resources/dev/chorus/fuzz/<Target>Inputs/<method>/} (seeds made from the golden fixtures, and every
 * input a fuzzer found, kept as a regression test). With {@code JAZZER_FUZZ=1} Jazzer fuzzes one target per JVM; CI
 * runs each for a fixed time ({@code .ci/run}, the surefire execution {@code fuzz} of the parent pom). Inputs it
 * finds are written into that folder: keep them once the bug is fixed.
 */
package dev.chorus.fuzz;
