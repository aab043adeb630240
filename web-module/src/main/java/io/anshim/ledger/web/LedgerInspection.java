package io.anshim.ledger.web;

import io.anshim.ledger.AuditView;
import io.anshim.ledger.CheckpointView;
import io.anshim.ledger.EntryView;
import io.anshim.ledger.LedgerAudit;
import io.anshim.ledger.LogKeyView;
import io.anshim.ledger.PublicLedger;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The operator's look at the ledger: the newest signed checkpoint with its witnesses, the audit of
 * the server's own database, and the newest entries, a page at a time.
 */
@Named
@ViewScoped
public class LedgerInspection implements Serializable {

  static final int PAGE_SIZE = 20;

  @Inject private PublicLedger ledger;
  @Inject private LedgerAudit auditor;

  private CheckpointView checkpoint;
  private LogKeyView key;
  private AuditView audit;
  private List<EntryView> entries = List.of();
  private int page;

  @PostConstruct
  void load() {
    refresh();
  }

  /** Reads the newest checkpoint again and shows the newest entries. */
  public void refresh() {
    checkpoint = ledger.latestCheckpoint();
    key = ledger.key();
    page = 0;
    loadEntries();
  }

  public void runAudit() {
    audit = auditor.audit();
  }

  public void older() {
    if (hasOlder()) {
      page++;
      loadEntries();
    }
  }

  public void newer() {
    if (page > 0) {
      page--;
      loadEntries();
    }
  }

  public boolean hasOlder() {
    return (long) (page + 1) * PAGE_SIZE < checkpoint.size();
  }

  public boolean hasNewer() {
    return page > 0;
  }

  private void loadEntries() {
    // newest first: the page ends PAGE_SIZE * page entries before the committed size
    long end = Math.max(0, checkpoint.size() - (long) page * PAGE_SIZE);
    long start = Math.max(0, end - PAGE_SIZE);
    if (end == start) {
      entries = List.of();
      return;
    }
    List<EntryView> read = new ArrayList<>(ledger.entries(start, (int) (end - start)).entries());
    Collections.reverse(read);
    entries = List.copyOf(read);
  }

  public CheckpointView getCheckpoint() {
    return checkpoint;
  }

  public LogKeyView getKey() {
    return key;
  }

  public AuditView getAudit() {
    return audit;
  }

  public List<EntryView> getEntries() {
    return entries;
  }

  public int getPage() {
    return page;
  }

  /** Each configured witness (name and key id from its vkey) and whether it cosigned. */
  public List<WitnessRow> getWitnesses() {
    List<WitnessRow> rows = new ArrayList<>();
    for (String vkey : key.witnesses()) {
      int first = vkey.indexOf('+');
      int second = vkey.indexOf('+', first + 1);
      String nameAndId = vkey.substring(0, second);
      rows.add(
          new WitnessRow(
              vkey.substring(0, first),
              vkey.substring(first + 1, second),
              checkpoint.cosignedBy().contains(nameAndId)));
    }
    return rows;
  }

  /** One witness of the k-of-n policy. */
  public record WitnessRow(String name, String keyId, boolean cosigned) {}
}
