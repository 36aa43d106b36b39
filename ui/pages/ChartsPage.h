#pragma once

#include <QList>
#include <QPointF>

#include <optional>

#include "charts/SeriesRecorder.h"
#include "ingest/Engine.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QCategoryAxis;
class QLabel;
class QListWidget;
class QPushButton;
class QValueAxis;

namespace deck::ui {

/// The recorded sample nearest in time to `x` among `points` (in time order); hover shows it.
std::optional<QPointF> nearestSample(const QList<QPointF> &points, double x);

/// Numbers from payloads over time (Qt Charts): one line per plotted field, on one time axis;
/// pause/resume, time window, values on hover, CSV and PNG export.
class ChartsPage : public QWidget
{
    Q_OBJECT
public:
    /// `engine` is not owned and must outlive the page.
    explicit ChartsPage(Engine *engine, QWidget *parent = nullptr);

    /// Plots the number at `pointer` in `topic`'s payloads from now on; false with `error` in
    /// words when there is nothing to plot there.
    bool addSeries(const QString &topic, const QString &pointer, QString *error = nullptr);
    const SeriesRecorder &recorder() const { return m_recorder; }
    QChart *chart() const { return m_chart; }
    void setPaused(bool paused);
    bool exportCsv(const QString &path, QString *error = nullptr) const;
    bool exportPng(const QString &path) const;

signals:
    void statusMessage(const QString &text);

private:
    void poll();
    void redraw();
    void rebuildList();
    void removeSelected();

    Engine *m_engine;
    SeriesRecorder m_recorder;
    QChart *m_chart;
    QChartView *m_view;
    QCategoryAxis *m_time;
    QValueAxis *m_values;
    QListWidget *m_list;
    QComboBox *m_window;
    QPushButton *m_pause;
    QLabel *m_hover;
    bool m_paused = false;
};

} // namespace deck::ui
