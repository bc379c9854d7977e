#pragma once

#include "pdfflow.h"
#include "reportcontent.h"

namespace tidemark::pdf {

// The report's sections laid out for the PDF, with the content and order of the HTML's (reporthtml.cpp, runhtml.cpp).
void coverSection(Flow &flow, const ReportContent &content); // the cover, the summary and the drift
void runSection(Flow &flow, const ReportRun &run, DatabaseKind dialect);

// The spans the sections are made of.
inline Span text(const QString &text, QRgb colour = colour::ink) { return {text, Face::Body, colour}; }
inline Span bold(const QString &text, QRgb colour) { return {text, Face::Bold, colour}; }
inline Span small(const QString &text, QRgb colour = colour::ink) { return {text, Face::Small, colour}; }
inline Span mono(const QString &text) { return {text, Face::Mono, colour::ink}; }
Span notRecorded(); // a muted "not recorded"
Span orNone(const QString &text); // the text, else notRecorded()
QRgb outcomeColour(const AuditRun &run);

} // namespace tidemark::pdf
