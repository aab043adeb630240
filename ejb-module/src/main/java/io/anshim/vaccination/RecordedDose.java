package io.anshim.vaccination;

import java.io.Serializable;
import java.time.Instant;

/** A vaccination record as written: what certificates are later issued from. */
public record RecordedDose(
    long recordId,
    long bookingId,
    long citizenId,
    long centerId,
    String vaccineCode,
    String lotNumber,
    int doseNumber,
    int dosesInSeries,
    Instant vaccinatedAt,
    String recordedBy)
    implements Serializable {

  static RecordedDose of(VaccinationRecord record) {
    return new RecordedDose(
        record.getId(),
        record.getBookingId(),
        record.getCitizenId(),
        record.getCenterId(),
        record.getVaccineCode(),
        record.getLotNumber(),
        record.getDoseNumber(),
        record.getDosesInSeries(),
        record.getVaccinatedAt(),
        record.getRecordedBy());
  }
}
