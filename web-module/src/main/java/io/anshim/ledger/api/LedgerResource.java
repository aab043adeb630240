package io.anshim.ledger.api;

import io.anshim.ledger.CheckpointView;
import io.anshim.ledger.ConsistencyProofView;
import io.anshim.ledger.EntryPage;
import io.anshim.ledger.EntryView;
import io.anshim.ledger.InclusionProofView;
import io.anshim.ledger.LedgerParameters;
import io.anshim.ledger.LogKeyView;
import io.anshim.ledger.PublicLedger;
import io.anshim.shared.PageRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.OptionalLong;

/**
 * The public ledger under /api/ledger: checkpoints, entries and RFC 9162 proofs as JSON. The same
 * paths answer {@code text/plain} in the forms the offline auditor reads (signed notes, hex lines),
 * so that ledger-cli.jar needs no JSON library.
 */
@Path("ledger")
public class LedgerResource {

  private static final String TEXT = MediaType.TEXT_PLAIN + ";charset=utf-8";

  @Inject private PublicLedger ledger;

  @GET
  @Path("checkpoint")
  @Produces(MediaType.APPLICATION_JSON)
  public CheckpointView latestCheckpoint() {
    return ledger.latestCheckpoint();
  }

  /** The signed note, with witness cosignatures. */
  @GET
  @Path("checkpoint")
  @Produces(TEXT)
  public String latestCheckpointNote() {
    return ledger.latestCheckpoint().note();
  }

  @GET
  @Path("checkpoints")
  @Produces(MediaType.APPLICATION_JSON)
  public CheckpointPageJson checkpoints(
      @QueryParam("page") String page, @QueryParam("size") String size) {
    return CheckpointPageJson.of(ledger.checkpoints(pageNumber(page), pageSize(size)));
  }

  /** One signed note per line, base64-encoded (a note spans several lines), oldest first. */
  @GET
  @Path("checkpoints")
  @Produces(TEXT)
  public String checkpointNotes(@QueryParam("page") String page, @QueryParam("size") String size) {
    StringBuilder text = new StringBuilder();
    for (CheckpointView checkpoint : ledger.checkpoints(pageNumber(page), pageSize(size)).items()) {
      text.append(
              Base64.getEncoder()
                  .encodeToString(checkpoint.note().getBytes(StandardCharsets.UTF_8)))
          .append('\n');
    }
    return text.toString();
  }

  @GET
  @Path("checkpoints/{size}")
  @Produces(MediaType.APPLICATION_JSON)
  public CheckpointView checkpoint(@PathParam("size") String size) {
    return ledger.checkpoint(LedgerParameters.number("size", size));
  }

  @GET
  @Path("checkpoints/{size}")
  @Produces(TEXT)
  public String checkpointNote(@PathParam("size") String size) {
    return checkpoint(size).note();
  }

  /** A witness hands in its cosignature line ({@code — name base64}) for this checkpoint. */
  @POST
  @Path("checkpoints/{size}/cosignatures")
  @Consumes(MediaType.TEXT_PLAIN)
  @Produces(MediaType.APPLICATION_JSON)
  public CheckpointView cosign(@PathParam("size") String size, String cosignatureLine) {
    return ledger.cosign(LedgerParameters.number("size", size), cosignatureLine);
  }

  @GET
  @Path("key")
  @Produces(MediaType.APPLICATION_JSON)
  public LogKeyView key() {
    return ledger.key();
  }

  /** The vkey alone. */
  @GET
  @Path("key")
  @Produces(TEXT)
  public String vkey() {
    return ledger.key().key() + "\n";
  }

  /** By {@code index} or by {@code leafHash}; {@code size} defaults to the newest checkpoint's. */
  @GET
  @Path("proofs/inclusion")
  @Produces(MediaType.APPLICATION_JSON)
  public InclusionProofView inclusionProof(
      @QueryParam("index") String index,
      @QueryParam("leafHash") String leafHash,
      @QueryParam("size") String size) {
    OptionalLong treeSize = LedgerParameters.optionalNumber("size", size);
    if (leafHash != null && !leafHash.isBlank()) {
      return ledger.inclusionProof(leafHash, treeSize);
    }
    return ledger.inclusionProof(LedgerParameters.number("index", index), treeSize);
  }

  @GET
  @Path("proofs/inclusion")
  @Produces(TEXT)
  public String inclusionProofLines(
      @QueryParam("index") String index,
      @QueryParam("leafHash") String leafHash,
      @QueryParam("size") String size) {
    return lines(inclusionProof(index, leafHash, size).path());
  }

  @GET
  @Path("proofs/consistency")
  @Produces(MediaType.APPLICATION_JSON)
  public ConsistencyProofView consistencyProof(
      @QueryParam("old") String old, @QueryParam("size") String size) {
    return ledger.consistencyProof(
        LedgerParameters.number("old", old), LedgerParameters.optionalNumber("size", size));
  }

  @GET
  @Path("proofs/consistency")
  @Produces(TEXT)
  public String consistencyProofLines(
      @QueryParam("old") String old, @QueryParam("size") String size) {
    return lines(consistencyProof(old, size).path());
  }

  @GET
  @Path("entries/{index}")
  @Produces(MediaType.APPLICATION_JSON)
  public EntryView entry(@PathParam("index") String index) {
    return ledger.entry(LedgerParameters.number("index", index));
  }

  /**
   * Up to {@value PublicLedger#MAX_ENTRIES} entries from {@code start} (default 0), {@code count}
   * default 100.
   */
  @GET
  @Path("entries")
  @Produces(MediaType.APPLICATION_JSON)
  public EntryPage entries(@QueryParam("start") String start, @QueryParam("count") String count) {
    long first = LedgerParameters.optionalNumber("start", start).orElse(0);
    long howMany = LedgerParameters.optionalNumber("count", count).orElse(100);
    return ledger.entries(first, (int) Math.min(howMany, Integer.MAX_VALUE));
  }

  /** One line per entry: index, kind, leaf data in hex. */
  @GET
  @Path("entries")
  @Produces(TEXT)
  public String entryLines(@QueryParam("start") String start, @QueryParam("count") String count) {
    StringBuilder text = new StringBuilder();
    for (EntryView entry : entries(start, count).entries()) {
      text.append(entry.index())
          .append(' ')
          .append(entry.kind())
          .append(' ')
          .append(entry.leafData())
          .append('\n');
    }
    return text.toString();
  }

  private static int pageNumber(String page) {
    return (int)
        Math.min(LedgerParameters.optionalNumber("page", page).orElse(0), Integer.MAX_VALUE);
  }

  private static int pageSize(String size) {
    return (int)
        Math.min(
            LedgerParameters.optionalNumber("size", size).orElse(PageRequest.DEFAULT_SIZE),
            Integer.MAX_VALUE);
  }

  private static String lines(List<String> hashes) {
    StringBuilder text = new StringBuilder();
    hashes.forEach(hash -> text.append(hash).append('\n'));
    return text.toString();
  }
}
