package dev.weft.report.html;

/** The page's style sheet, inline so that the page is one file. */
final class Style {

    static final String CSS = """
            body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; color: #1d2330; background: #f6f7f9; }
            header { background: #1d2330; color: #fff; padding: 14px 28px; }
            header h1 { margin: 0; font-size: 22px; } header p { margin: 2px 0 0; opacity: .8; }
            main { padding: 8px 28px 40px; max-width: 1200px; }
            section { background: #fff; border: 1px solid #dde1e7; border-radius: 6px; padding: 4px 18px 14px; margin: 16px 0; }
            h2 { font-size: 18px; } h3 { font-size: 15px; margin: 14px 0 4px; }
            code, pre { font: 12.5px/1.4 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
            .badge { display: inline-block; border-radius: 10px; padding: 1px 9px; font-size: 13px; color: #fff; background: #6b7280; }
            .badge.deadlock, .badge.race { background: #c0392b; } .badge.lock-order, .badge.starvation { background: #d68910; }
            .parameters span { display: inline-block; margin: 0 14px 4px 0; }
            .headline { font-weight: 600; } .clean { color: #1e8449; font-weight: 600; }
            table { border-collapse: collapse; margin: 6px 0; }
            th, td { text-align: left; padding: 2px 10px 2px 0; vertical-align: top; }
            table.steps td, table.steps th { border-bottom: 1px solid #eceef2; padding: 2px 12px 2px 0; }
            tr.at-finding td { background: #fdecea; }
            .swatch { display: inline-block; width: 10px; height: 10px; margin-right: 5px; border-radius: 2px; }
            ol.stack { margin: 2px 0 8px; padding-left: 28px; } ol.stack li { margin: 0; }
            figure { margin: 8px 0; } figcaption { color: #5b6270; font-size: 13px; }
            svg.cycle-graph { background: #fbfbfc; border: 1px solid #eceef2; border-radius: 4px; }
            svg .node rect { fill: #e8eef7; stroke: #4e79a7; stroke-width: 1.5; }
            svg .node.lock rect { fill: #fdf2e4; stroke: #d68910; }
            svg text { font: 12px system-ui, sans-serif; fill: #1d2330; }
            svg .node text { text-anchor: middle; }
            svg .edge path { fill: none; stroke: #5b6270; stroke-width: 1.6; }
            svg marker path { fill: #5b6270; }
            svg .edge-label { text-anchor: middle; font-size: 11px; fill: #5b6270; paint-order: stroke; stroke: #fbfbfc; stroke-width: 3px; }
            .scroll { overflow-x: auto; border: 1px solid #eceef2; border-radius: 4px; background: #fbfbfc; }
            svg.timeline .slice text { fill: #fff; font-size: 11px; }
            svg.timeline rect.at-finding { stroke: #c0392b; stroke-width: 2; }
            svg.timeline .axis { fill: #5b6270; font-size: 11px; }
            """;

    private Style() { }
}
