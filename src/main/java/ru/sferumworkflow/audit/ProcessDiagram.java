package ru.sferumworkflow.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;

import ru.sferumworkflow.documents.XhtmlTemplate;

/**
 * A process model drawn as SVG from its diagram (BPMN DI), with the path one instance took: steps it passed are
 * green, steps where it waits now (or has an incident) orange, steps interrupted (by a timer, by a cancellation)
 * dashed, the rest grey. The engine keeps no record of sequence flows, so a flow
 * counts as taken when the instance passed both its ends. Drawn on the server: the page needs no modeler library,
 * and an SVG shown as an image runs no script.
 */
final class ProcessDiagram {

    private static final int MARGIN = 20;
    private static final int LINE = 12;

    private ProcessDiagram() {
    }

    static String svg(BpmnModelInstance model, Set<String> passed, Set<String> waiting, Set<String> canceled) {
        Collection<BpmnShape> shapes = model.getModelElementsByType(BpmnShape.class);
        Collection<BpmnEdge> edges = model.getModelElementsByType(BpmnEdge.class);
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = 0;
        double maxY = 0;
        for (BpmnShape shape : shapes) {
            Bounds bounds = shape.getBounds();
            minX = Math.min(minX, bounds.getX());
            minY = Math.min(minY, bounds.getY());
            maxX = Math.max(maxX, bounds.getX() + bounds.getWidth());
            maxY = Math.max(maxY, bounds.getY() + bounds.getHeight() + 3 * LINE);
        }
        if (shapes.isEmpty()) {
            minX = 0;
            minY = 0;
        }
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"")
                .append(number(minX - MARGIN)).append(' ').append(number(minY - MARGIN)).append(' ')
                .append(number(maxX - minX + 2 * MARGIN)).append(' ').append(number(maxY - minY + 2 * MARGIN))
                .append("\" font-family=\"sans-serif\" font-size=\"11\">")
                .append("<title>Схема процесса: зелёным — пройденные шаги, оранжевым — где процесс сейчас,")
                .append(" пунктиром — прерванные</title>")
                .append("<style>.node{fill:#fff;stroke:#999;stroke-width:1.5}.passed{fill:#e3f4e6;stroke:#2e7d32;")
                .append("stroke-width:2.5}.waiting{fill:#fff1dc;stroke:#e67e00;stroke-width:3}")
                .append(".canceled{fill:#f4f4f4;stroke:#888;stroke-width:1.5;stroke-dasharray:5 3}.flow{fill:none;")
                .append("stroke:#aaa;stroke-width:1.2}.taken{stroke:#2e7d32;stroke-width:2.5}text{fill:#222}</style>")
                .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\"")
                .append(" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#777\"/></marker></defs>");
        for (BpmnEdge edge : edges) {
            if (edge.getBpmnElement() instanceof SequenceFlow flow) {
                boolean taken = passed.contains(flow.getSource().getId()) && passed.contains(flow.getTarget().getId());
                svg.append("<polyline class=\"flow").append(taken ? " taken" : "").append("\" marker-end=\"url(#arrow)\"")
                        .append(" data-flow=\"").append(escape(flow.getId())).append("\" points=\"");
                for (Waypoint point : edge.getWaypoints()) {
                    svg.append(number(point.getX())).append(',').append(number(point.getY())).append(' ');
                }
                svg.append("\"/>");
            }
        }
        for (BpmnShape shape : shapes) {
            BaseElement element = shape.getBpmnElement();
            if (!(element instanceof FlowNode node) || element instanceof SubProcess && shape.isExpanded()) {
                continue;
            }
            String state = waiting.contains(node.getId()) ? "waiting" : passed.contains(node.getId()) ? "passed"
                    : canceled.contains(node.getId()) ? "canceled" : "";
            drawNode(svg, node, shape.getBounds(), state);
        }
        return svg.append("</svg>").toString();
    }

    private static void drawNode(StringBuilder svg, FlowNode node, Bounds bounds, String state) {
        double x = bounds.getX();
        double y = bounds.getY();
        double width = bounds.getWidth();
        double height = bounds.getHeight();
        String name = node.getName() == null ? "" : node.getName();
        svg.append("<g data-activity=\"").append(escape(node.getId())).append("\" data-state=\"")
                .append(state.isEmpty() ? "not-passed" : state).append("\"><title>").append(escape(name))
                .append(switch (state) {
                    case "waiting" -> " — сейчас здесь";
                    case "passed" -> " — пройден";
                    case "canceled" -> " — прерван";
                    default -> "";
                })
                .append("</title>");
        String css = "node " + state;
        if (node instanceof Event) {
            svg.append("<circle class=\"").append(css).append("\" cx=\"").append(number(x + width / 2)).append("\" cy=\"")
                    .append(number(y + height / 2)).append("\" r=\"").append(number(width / 2)).append("\"/>");
            label(svg, name, x + width / 2, y + height + LINE, 22);
        } else if (node instanceof Gateway) {
            svg.append("<polygon class=\"").append(css).append("\" points=\"").append(number(x + width / 2)).append(',')
                    .append(number(y)).append(' ').append(number(x + width)).append(',').append(number(y + height / 2))
                    .append(' ').append(number(x + width / 2)).append(',').append(number(y + height)).append(' ')
                    .append(number(x)).append(',').append(number(y + height / 2)).append("\"/>");
            label(svg, name, x + width / 2, y - 4 - LINE, 22);
        } else {
            svg.append("<rect class=\"").append(css).append("\" x=\"").append(number(x)).append("\" y=\"")
                    .append(number(y)).append("\" width=\"").append(number(width)).append("\" height=\"")
                    .append(number(height)).append("\" rx=\"8\"/>");
            List<String> lines = wrap(name, (int) (width / 6.2));
            double top = y + height / 2 - (lines.size() - 1) * LINE / 2.0 + 4;
            for (int i = 0; i < lines.size(); i++) {
                text(svg, lines.get(i), x + width / 2, top + i * LINE);
            }
        }
        svg.append("</g>");
    }

    private static void label(StringBuilder svg, String name, double x, double y, int width) {
        List<String> lines = wrap(name, width);
        for (int i = 0; i < lines.size(); i++) {
            text(svg, lines.get(i), x, y + i * LINE);
        }
    }

    private static void text(StringBuilder svg, String line, double x, double y) {
        svg.append("<text text-anchor=\"middle\" x=\"").append(number(x)).append("\" y=\"").append(number(y))
                .append("\">").append(escape(line)).append("</text>");
    }

    /** Words into lines of about that many characters; at most five lines, the last one cut with «…». */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        if (lines.size() > 5) {
            List<String> cut = new ArrayList<>(lines.subList(0, 5));
            cut.set(4, cut.get(4) + "…");
            return cut;
        }
        return lines;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return XhtmlTemplate.escape(text);
    }
}
