#include "MainWindow.h"

#include "dialogs/AboutDialog.h"
#include "dialogs/DoctorDialog.h"
#include "dialogs/SecurityCheckDialog.h"
#include "dialogs/ConnectionDialog.h"
#include "widgets/ConnectionList.h"

#include <QLabel>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace deck::ui {

MainWindow::MainWindow(ConnectionManager *manager, QWidget *parent)
    : QMainWindow(parent), m_manager(manager), m_list(new ConnectionList(this)),
      m_stack(new QStackedWidget(this)), m_counters(new QLabel(this))
{
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({230, 1170});
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);
    statusBar()->addPermanentWidget(m_counters);

    QMenu *connections = menuBar()->addMenu(tr("&Connection"));
    connections->addAction(tr("&New connection"), QKeySequence::New, this,
                           [this] { addConnection(); });
    connections->addAction(tr("&Saved connections…"), this, &MainWindow::openConnections);
    connections->addAction(tr("&Close connection"), QKeySequence::Close, this,
                           [this] { closeConnection(currentView()); });
    connections->addSeparator();
    connections->addAction(tr("Check &connection…"), this, [this] { openDiagnostic(false); });
    connections->addAction(tr("Security chec&k…"), this, [this] { openDiagnostic(true); });
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About MQTT Deck…"), this, [this] { AboutDialog(this).exec(); });

    connect(m_list, &ConnectionList::currentChanged, this, &MainWindow::showCurrent);
    connect(m_list, &ConnectionList::newRequested, this, [this] { addConnection(); });
    connect(m_list, &ConnectionList::closeRequested, this, &MainWindow::closeConnection);

    for (ConnectionContext *c : m_manager->contexts())
        m_list->add(makeView(c));
    if (m_manager->contexts().empty())
        addConnection();
    else
        m_list->select(views().first());
    resize(1400, 860);
}

ConnectionView *MainWindow::makeView(ConnectionContext *context)
{
    auto *view = new ConnectionView(m_manager, context, m_store, m_secrets, m_stack);
    view->setCommandJournalPath(m_journalPath);
    view->setCommandTemplatesPath(m_templatesPath);
    m_stack->addWidget(view);
    connect(view, &ConnectionView::statusMessage, this, [this, view](const QString &text) {
        if (view == currentView())
            showStatus(text);
    });
    connect(view, &ConnectionView::titleChanged, this, &MainWindow::updateTitle);
    connect(view, &ConnectionView::profilesRequested, this, &MainWindow::openConnections);
    auto follow = [this, view](ConnectionContext *c) {
        connect(&c->engine(), &Engine::changed, this, [this, view] {
            if (view == currentView())
                m_counters->setText(view->countersText());
        });
    };
    follow(context);
    connect(view, &ConnectionView::contextReplaced, this, follow);
    return view;
}

ConnectionView *MainWindow::addConnection()
{
    ConnectionView *view = makeView(m_manager->create({}));
    m_list->add(view);
    m_list->select(view);
    return view;
}

void MainWindow::setCommandFiles(const QString &journalPath, const QString &templatesPath)
{
    m_journalPath = journalPath;
    m_templatesPath = templatesPath;
    for (ConnectionView *v : views()) {
        v->setCommandJournalPath(journalPath);
        v->setCommandTemplatesPath(templatesPath);
    }
}

void MainWindow::closeConnection(ConnectionView *view)
{
    if (!view)
        return;
    m_list->remove(view);
    m_stack->removeWidget(view);
    ConnectionContext *context = view->context();
    delete view; // its pages first: they read the context
    m_manager->remove(context);
    if (m_list->count() == 0)
        addConnection(); // the window always shows one
}

void MainWindow::setProfiles(profiles::ProfileStore *store, profiles::SecretStore *secrets)
{
    m_store = store;
    m_secrets = secrets;
    for (ConnectionView *v : views())
        v->setProfiles(store, secrets);
}

void MainWindow::setConnection(const mqtt::ConnectionOptions &options, const QString &filter,
                               bool connectNow)
{
    currentView()->setConnection(options, filter, connectNow);
    updateTitle();
}

void MainWindow::connectWithProfile(const profiles::ConnectionProfile &profile,
                                    const QString &typedPassword, const QString &typedPassphrase)
{
    currentView()->connectWithProfile(profile, typedPassword, typedPassphrase);
}

void MainWindow::openDiagnostic(bool security)
{
    ConnectionView *view = currentView();
    if (!view || view->isUnused()) {
        statusBar()->showMessage(tr("Connect first: the checks run on the chosen connection's "
                                    "broker and identity."),
                                 15000);
        return;
    }
    const mqtt::ConnectionOptions options = view->context()->settings().options;
    QDialog *dialog = security ? static_cast<QDialog *>(
                                     new SecurityCheckDialog(options, view->title(), this))
                               : new DoctorDialog(options, QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::openConnections()
{
    ConnectionDialog dialog(m_store, m_secrets, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // A connection in use keeps going: the chosen profile opens beside it.
    ConnectionView *view = currentView()->isUnused() ? currentView() : addConnection();
    view->connectWithProfile(dialog.chosen(), dialog.typedPassword(), dialog.typedPassphrase());
}

ConnectionView *MainWindow::currentView() const
{
    return static_cast<ConnectionView *>(m_stack->currentWidget());
}

QList<ConnectionView *> MainWindow::views() const
{
    QList<ConnectionView *> out;
    for (int i = 0; i < m_stack->count(); ++i)
        out << static_cast<ConnectionView *>(m_stack->widget(i));
    return out;
}

void MainWindow::showCurrent(ConnectionView *view)
{
    if (!view)
        return;
    m_stack->setCurrentWidget(view);
    m_counters->setText(view->countersText());
    updateTitle();
}

void MainWindow::updateTitle()
{
    ConnectionView *v = currentView();
    setWindowTitle(!v || v->isUnused() ? tr("MQTT Deck") : tr("MQTT Deck — %1").arg(v->title()));
    m_list->refresh();
}

void MainWindow::showStatus(const QString &text)
{
    statusBar()->showMessage(text, 15000);
}

} // namespace deck::ui
