#include "reportstyle.h"

namespace tidemark {

QString reportStyleSheet()
{
    return QStringLiteral(
        "body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color: #1d2733; }\n"
        "h1 { font-size: 18pt; color: #0b4f6c; margin-bottom: 6px; }\n"
        "h2 { font-size: 14pt; color: #0b4f6c; margin-top: 14px; margin-bottom: 4px; }\n"
        "h3 { font-size: 11pt; color: #0b4f6c; margin-top: 10px; margin-bottom: 3px; }\n"
        "h4 { font-size: 10pt; margin-top: 10px; margin-bottom: 3px; }\n"
        "table.facts th { text-align: left; font-weight: bold; color: #4a5866; width: 22%; }\n"
        "table.grid { border-collapse: collapse; font-size: 8pt; }\n"
        "table.grid th { text-align: left; background-color: #e6edf2; border: 1px solid #c5d1da; }\n"
        "table.grid td { border: 1px solid #c5d1da; }\n"
        "th, td { vertical-align: top; }\n"
        "code { font-family: 'DejaVu Sans Mono', monospace; font-size: 8pt; }\n"
        "pre { font-family: 'DejaVu Sans Mono', monospace; font-size: 8pt; white-space: pre-wrap;"
        " background-color: #f5f7f9; border: 1px solid #dde3e8; padding: 4px; margin-top: 2px; }\n"
        "pre.failed { background-color: #fbeeee; border: 1px solid #e2b4b4; }\n"
        "p.label { margin-bottom: 0px; font-weight: bold; color: #4a5866; }\n"
        ".muted { color: #7a8793; }\n"
        ".ok { color: #1f7a3a; font-weight: bold; }\n"
        ".warn { color: #9a6200; font-weight: bold; }\n"
        ".bad { color: #b3261e; font-weight: bold; }\n"
        ".k { color: #1a4fa0; font-weight: bold; }\n"
        ".t { color: #6f3fa0; }\n"
        ".n { color: #a05a00; }\n"
        ".s { color: #2d7a2d; }\n"
        ".q { color: #7a4a1a; }\n"
        ".c { color: #7a8793; font-style: italic; }\n"
        ".a { color: #8a1a6a; font-style: italic; }\n"
        ".d { color: #a0301a; }\n"
        ".b { color: #3a4652; }\n"
        ".add { color: #1f6a2a; background-color: #e6f4e8; }\n"
        ".del { color: #9a1f1a; background-color: #fae8e7; }\n"
        ".hunk { color: #5a4ab0; }\n"
        ".fh { color: #4a5866; font-weight: bold; }\n");
}

QString browserStyleSheet()
{
    return reportStyleSheet()
           + QStringLiteral(
               "body { max-width: 60em; margin: 2em auto; padding: 0 1em; line-height: 1.35; }\n"
               "table { border-collapse: collapse; margin: 4px 0; }\n"
               "th, td { padding: 3px 6px; }\n"
               "pre { overflow-wrap: anywhere; }\n"
               "td, code { overflow-wrap: anywhere; }\n"
               "h2.run { border-top: 2px solid #0b4f6c; padding-top: 8px; margin-top: 28px; }\n"
               "@media print {\n"
               "  @page { size: A4; margin: 15mm; }\n"
               "  body { max-width: none; margin: 0; padding: 0; }\n"
               "  h2.run { break-before: page; page-break-before: always; border-top: none; margin-top: 0; }\n"
               "  h3, h4, p.label { break-after: avoid; page-break-after: avoid; }\n"
               "  tr, pre.failed { break-inside: avoid; page-break-inside: avoid; }\n"
               "  pre { background-color: #ffffff; }\n"
               "}\n");
}

} // namespace tidemark
