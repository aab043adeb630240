package io.anshim.booking.policy;

import io.anshim.booking.policy.BookingPolicyChange.Action;
import io.anshim.center.CenterDirectory;
import io.anshim.center.VaccineView;
import io.anshim.identity.PersonalDataVault;
import io.anshim.identity.ResidentNumber;
import io.anshim.shared.ConflictException;
import io.anshim.shared.InvalidRequestException;
import io.anshim.shared.NotFoundException;
import io.anshim.shared.Page;
import io.anshim.shared.PageRequest;
import io.anshim.shared.ValidationFailedException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

@Stateless
@RolesAllowed("OPERATOR")
public class DefaultBookingWindows implements BookingWindows {

  private static final Pattern GROUP = Pattern.compile("[A-Z][A-Z0-9_]{1,29}");

  @Inject private BookingPolicyRepository repository;
  @Inject private CenterDirectory centers;
  @Inject private PersonalDataVault vault;
  @Inject private Validator validator;
  @Inject private Clock clock;
  @Inject private Event<WindowsChanged> windowsChanged;
  @Resource private SessionContext context;

  @Override
  public List<BookingWindowView> windows() {
    return repository.windows().stream().map(PolicyWindows::view).toList();
  }

  @Override
  public BookingWindowForm editableWindow(long windowId) {
    return PolicyWindows.form(existing(windowId));
  }

  @Override
  public BookingWindowView createWindow(BookingWindowForm form) {
    validate(form);
    Instant now = clock.instant();
    BookingWindow window = new BookingWindow(now);
    PolicyWindows.apply(form, window);
    repository.add(window);
    record(Action.WINDOW_CREATED, window.getId(), null, PolicyWindows.describe(window), now);
    windowsChanged.fire(new WindowsChanged(window.getId()));
    return PolicyWindows.view(window);
  }

  @Override
  public BookingWindowView updateWindow(long windowId, BookingWindowForm form) {
    validate(form);
    BookingWindow window = existing(windowId);
    if (window.getVersion() != form.getVersion()) {
      throw new ConflictException("error.policy.windowChangedMeanwhile", windowId);
    }
    Instant now = clock.instant();
    String before = PolicyWindows.describe(window);
    PolicyWindows.apply(form, window);
    window.changedAt(now);
    record(
        Action.WINDOW_CHANGED,
        windowId,
        null,
        "before: " + before + "; after: " + PolicyWindows.describe(window),
        now);
    windowsChanged.fire(new WindowsChanged(windowId));
    return PolicyWindows.view(window);
  }

  @Override
  public void deleteWindow(long windowId) {
    BookingWindow window = existing(windowId);
    String before = PolicyWindows.describe(window);
    repository.remove(window);
    record(Action.WINDOW_DELETED, windowId, null, before, clock.instant());
    windowsChanged.fire(new WindowsChanged(windowId));
  }

  @Override
  public GroupMembership addMember(String groupCode, String residentNumber) {
    String group = groupCode(groupCode);
    Instant now = clock.instant();
    ResidentNumber number =
        ResidentNumber.parse(residentNumber, LocalDate.ofInstant(now, CohortWindow.KOREA));
    boolean added = add(group, number, now);
    return new GroupMembership(group, number.masked(), added, repository.groupSize(group));
  }

  @Override
  public GroupMembers addMembers(String groupCode, List<String> residentNumbers) {
    String group = groupCode(groupCode);
    List<String> entries = residentNumbers == null ? List.of() : residentNumbers;
    long given = entries.stream().filter(e -> e != null && !e.isBlank()).count();
    if (given == 0) {
      throw new InvalidRequestException("error.policy.membersNone");
    }
    if (given > MEMBERS_AT_ONCE) {
      throw new InvalidRequestException("error.policy.membersTooMany", MEMBERS_AT_ONCE);
    }
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, CohortWindow.KOREA);
    Map<String, ResidentNumber> people = new LinkedHashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i) == null || entries.get(i).isBlank()) {
        continue;
      }
      try {
        ResidentNumber number = ResidentNumber.parse(entries.get(i), today);
        people.putIfAbsent(number.digits(), number);
      } catch (InvalidRequestException notANumber) {
        throw new InvalidRequestException("error.policy.memberEntry", i + 1);
      }
    }
    int added = 0;
    for (ResidentNumber number : people.values()) {
      if (add(group, number, now)) {
        added++;
      }
    }
    return new GroupMembers(group, added, people.size() - added, repository.groupSize(group));
  }

  private static String groupCode(String groupCode) {
    String group = groupCode == null ? "" : groupCode.strip();
    if (!GROUP.matcher(group).matches()) {
      throw new InvalidRequestException("error.policy.groupFormat", group);
    }
    return group;
  }

  /** Adds the person unless they are a member already; true if added. */
  private boolean add(String group, ResidentNumber number, Instant now) {
    String hash = vault.residentNumberHash(number);
    if (repository.isMember(group, hash)) {
      return false;
    }
    repository.add(new PriorityGroupMember(group, hash, caller(), now));
    record(Action.MEMBER_ADDED, null, group, "added " + number.masked(), now);
    return true;
  }

  @Override
  public Page<PolicyChangeView> changes(PageRequest page) {
    return new Page<>(
        repository.changes(page.offset(), page.size()).stream().map(PolicyChangeView::of).toList(),
        page.page(),
        page.size(),
        repository.changeCount());
  }

  @Override
  public Page<ProxyDecisionView> proxyDecisions(PageRequest page) {
    return new Page<>(
        repository.proxyDecisions(page.offset(), page.size()).stream()
            .map(ProxyDecisionView::of)
            .toList(),
        page.page(),
        page.size(),
        repository.proxyDecisionCount());
  }

  private void validate(BookingWindowForm form) {
    if (form == null) {
      throw new InvalidRequestException("error.malformedBody");
    }
    Set<ConstraintViolation<BookingWindowForm>> violations = validator.validate(form);
    if (!violations.isEmpty()) {
      throw new ValidationFailedException(violations);
    }
    Set<String> known =
        centers.vaccines().stream().map(VaccineView::code).collect(Collectors.toSet());
    for (String code : form.getVaccineCodes()) {
      if (!known.contains(code)) {
        throw new InvalidRequestException("error.unknownVaccine", code);
      }
    }
  }

  private void record(Action action, Long windowId, String group, String details, Instant at) {
    repository.add(new BookingPolicyChange(caller(), at, action, windowId, group, details));
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }

  private BookingWindow existing(long windowId) {
    return repository
        .window(windowId)
        .orElseThrow(() -> new NotFoundException("error.policy.unknownWindow", windowId));
  }
}
