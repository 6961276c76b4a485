// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "app/gui/ConnectDialog.h"

#include "maps/live/CotPartnerRules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkInterface>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace trilink::app {
namespace {

using maps::live::LiveConnection;
using maps::live::LiveEndpoint;

enum ListenKind { kUdp = 0, kTcpServer = 1, kTakServer = 2 };
enum SendKind { kSendUdp = 0, kSendTcp = 1, kSendTakTls = 2 };

} // namespace

ConnectDialog::ConnectDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Connect to a Live Feed"));
    auto *layout = new QVBoxLayout(this);

    auto *savedRow = new QHBoxLayout;
    m_saved = new QComboBox;
    m_saved->setMinimumContentsLength(30);
    auto *save = new QPushButton(tr("Save"));
    auto *remove = new QPushButton(tr("Delete"));
    savedRow->addWidget(new QLabel(tr("Saved:")));
    savedRow->addWidget(m_saved, 1);
    savedRow->addWidget(save);
    savedRow->addWidget(remove);
    layout->addLayout(savedRow);

    auto *form = new QFormLayout;
    m_name = new QLineEdit;
    m_name->setPlaceholderText(tr("a name to save it under"));
    form->addRow(tr("Name:"), m_name);
    m_kind = new QComboBox;
    m_kind->addItem(tr("UDP: ATAK's mesh, or any address and port"));
    m_kind->addItem(tr("TCP server for senders that connect to Trilink"));
    m_kind->addItem(tr("TAK Server"));
    form->addRow(tr("Listen to:"), m_kind);
    auto *where = new QHBoxLayout;
    m_address = new QLineEdit;
    m_port = new QSpinBox;
    m_port->setRange(1, 65535);
    where->addWidget(m_address, 1);
    where->addWidget(new QLabel(tr("port")));
    where->addWidget(m_port);
    form->addRow(tr("Address:"), where);
    m_interface = new QComboBox;
    m_interface->addItem(tr("the system's choice"), QString());
    for (const QNetworkInterface &i : QNetworkInterface::allInterfaces())
        if (i.flags() & QNetworkInterface::IsUp)
            m_interface->addItem(i.humanReadableName(), i.name());
    form->addRow(tr("Network interface:"), m_interface);
    layout->addLayout(form);

    m_tls = new QGroupBox(tr("TLS (TAK Server's port 8089)"));
    m_tls->setCheckable(true);
    auto *tlsForm = new QFormLayout(m_tls);
    QWidget *row = nullptr;
    m_certificate = fileField(tr("Client certificate"), tr("Certificates (*.p12 *.pfx *.pem *.crt);;All files (*)"), &row);
    tlsForm->addRow(tr("Client certificate:"), row);
    m_key = fileField(tr("Private key"), tr("PEM keys (*.pem *.key);;All files (*)"), &row);
    m_key->setPlaceholderText(tr("not needed with a .p12"));
    tlsForm->addRow(tr("Private key:"), row);
    m_trust = fileField(tr("Trusted CA"), tr("Certificates (*.p12 *.pem *.crt);;All files (*)"), &row);
    m_trust->setPlaceholderText(tr("the system's CAs when empty"));
    tlsForm->addRow(tr("Trusted CA:"), row);
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("for .p12 files (TAK's usual: atakatak); never saved"));
    tlsForm->addRow(tr("Password:"), m_password);
    m_peerName = new QLineEdit;
    m_peerName->setPlaceholderText(tr("when the server's certificate names another host"));
    tlsForm->addRow(tr("Server name:"), m_peerName);
    layout->addWidget(m_tls);

    auto *partners = new QGroupBox(tr("Partners of senders that do not say"));
    auto *partnersLayout = new QVBoxLayout(partners);
    m_partners = new QPlainTextEdit;
    m_partners->setPlaceholderText(QStringLiteral("group:Cyan=KOR\ncallsign:AEGIS-*=JPN\nfrom:10.20.0.0/16=USA"));
    m_partners->setMaximumHeight(80);
    partnersLayout->addWidget(m_partners);
    auto *help = new QLabel(tr("One rule a line, the first that matches decides: callsign (the event's, or its producer's), "
                               "group (the TAK team) or from (the sender's address), with * and ?. An event's own "
                               "&lt;trilink partners&gt; always wins."));
    help->setWordWrap(true);
    partnersLayout->addWidget(help);
    layout->addWidget(partners);

    m_broadcast = new QGroupBox(tr("Broadcast what the viewer plays"));
    m_broadcast->setCheckable(true);
    m_broadcast->setChecked(false);
    auto *bForm = new QFormLayout(m_broadcast);
    m_broadcastKind = new QComboBox;
    m_broadcastKind->addItem(tr("UDP: ATAK's mesh or a host"));
    m_broadcastKind->addItem(tr("TCP: a CoT input (TAK Server 8087, ATAK 4242)"));
    m_broadcastKind->addItem(tr("TAK Server over TLS, with the certificate above"));
    bForm->addRow(tr("To:"), m_broadcastKind);
    auto *bWhere = new QHBoxLayout;
    m_broadcastAddress = new QLineEdit(QString::fromLatin1(maps::live::kAtakMeshGroup));
    m_broadcastPort = new QSpinBox;
    m_broadcastPort->setRange(1, 65535);
    m_broadcastPort->setValue(maps::live::kAtakMeshPort);
    bWhere->addWidget(m_broadcastAddress, 1);
    bWhere->addWidget(new QLabel(tr("port")));
    bWhere->addWidget(m_broadcastPort);
    bForm->addRow(tr("Address:"), bWhere);
    m_encoding = new QComboBox;
    m_encoding->addItem(tr("CoT XML (every TAK client reads it)"));
    m_encoding->addItem(tr("TAK Protocol 1 (protobuf)"));
    bForm->addRow(tr("As:"), m_encoding);
    layout->addWidget(m_broadcast);

    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_connect = buttons->addButton(tr("Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setDefault(true);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ConnectDialog::kindChanged);
    connect(m_broadcastKind, &QComboBox::currentIndexChanged, this, [this](int k) {
        if (k == kSendTakTls) {
            m_broadcastAddress->setText(m_address->text());
            m_broadcastPort->setValue(maps::live::kTakTlsPort);
        } else if (k == kSendUdp) {
            m_broadcastAddress->setText(QString::fromLatin1(maps::live::kAtakMeshGroup));
            m_broadcastPort->setValue(maps::live::kAtakMeshPort);
        }
        validate();
    });
    connect(m_saved, &QComboBox::activated, this, &ConnectDialog::chooseSaved);
    connect(save, &QPushButton::clicked, this, &ConnectDialog::saveCurrent);
    connect(remove, &QPushButton::clicked, this, &ConnectDialog::deleteCurrent);
    for (QLineEdit *e : {m_name, m_address, m_certificate, m_key, m_trust, m_password, m_peerName, m_broadcastAddress})
        connect(e, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    for (QSpinBox *s : {m_port, m_broadcastPort})
        connect(s, &QSpinBox::valueChanged, this, &ConnectDialog::validate);
    connect(m_partners, &QPlainTextEdit::textChanged, this, &ConnectDialog::validate);
    connect(m_tls, &QGroupBox::toggled, this, &ConnectDialog::validate);
    connect(m_broadcast, &QGroupBox::toggled, this, &ConnectDialog::validate);

    QSettings settings;
    m_connections = maps::live::loadConnections(settings);
    const QString last = settings.value(QStringLiteral("live/last")).toString();
    setConnection(maps::live::atakMeshConnection());
    reloadSaved(last);
    if (m_saved->currentIndex() > 0)
        chooseSaved(m_saved->currentIndex());
}

QLineEdit *ConnectDialog::fileField(const QString &caption, const QString &filter, QWidget **row)
{
    auto *w = new QWidget;
    auto *h = new QHBoxLayout(w);
    h->setContentsMargins(0, 0, 0, 0);
    auto *edit = new QLineEdit;
    auto *browse = new QToolButton;
    browse->setText(QStringLiteral("…"));
    h->addWidget(edit, 1);
    h->addWidget(browse);
    connect(browse, &QToolButton::clicked, this, [this, edit, caption, filter] {
        const QString f = QFileDialog::getOpenFileName(this, caption, edit->text(), filter);
        if (!f.isEmpty())
            edit->setText(f);
    });
    *row = w;
    return edit;
}

void ConnectDialog::kindChanged()
{
    const int k = m_kind->currentIndex();
    // What each kind usually is: ATAK's mesh group, a TCP port of our own, TAK Server's TLS port.
    if (k == kUdp) {
        m_address->setText(QString::fromLatin1(maps::live::kAtakMeshGroup));
        m_port->setValue(maps::live::kAtakMeshPort);
    } else if (k == kTcpServer) {
        m_address->setText(QStringLiteral("0.0.0.0"));
        m_port->setValue(8088);
    } else {
        m_address->clear();
        m_address->setPlaceholderText(tr("takserver.example.org"));
        m_port->setValue(maps::live::kTakTlsPort);
    }
    m_tls->setEnabled(k == kTakServer);
    m_tls->setChecked(k == kTakServer);
    m_interface->setEnabled(k == kUdp);
    validate();
}

std::optional<LiveConnection> ConnectDialog::connection(QString *error) const
{
    auto fail = [&](const QString &why) -> std::optional<LiveConnection> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    LiveConnection c;
    c.name = m_name->text().trimmed();
    LiveEndpoint e;
    const int k = m_kind->currentIndex();
    e.kind = k == kUdp ? LiveEndpoint::Kind::UdpListen : k == kTcpServer ? LiveEndpoint::Kind::TcpListen : LiveEndpoint::Kind::TakServer;
    e.host = m_address->text().trimmed();
    e.port = static_cast<quint16>(m_port->value());
    if (e.host.isEmpty())
        return fail(tr("Name the address to listen on (or the TAK Server)."));
    if (k != kTakServer && QHostAddress(e.host).isNull())
        return fail(tr("'%1' is not an IP address (0.0.0.0 listens on every one).").arg(e.host));
    if (k == kUdp)
        e.interfaceName = m_interface->currentData().toString();
    if (k == kTakServer && m_tls->isChecked()) {
        e.tls = true;
        e.tlsFiles.certificate = m_certificate->text().trimmed();
        e.tlsFiles.key = m_key->text().trimmed();
        e.tlsFiles.trust = m_trust->text().trimmed();
        e.tlsFiles.password = m_password->text();
        e.tlsFiles.peerName = m_peerName->text().trimmed();
    }
    c.listen = {e};
    QStringList rules;
    for (const QString &line : m_partners->toPlainText().split(u'\n'))
        if (!line.trimmed().isEmpty())
            rules << line.trimmed();
    QString ruleError;
    if (!maps::live::CotPartnerRules::parse(rules, &ruleError))
        return fail(ruleError);
    c.partnerRules = rules;
    if (m_broadcast->isChecked()) {
        LiveEndpoint b;
        const int bk = m_broadcastKind->currentIndex();
        b.kind = bk == kSendUdp ? LiveEndpoint::Kind::UdpSend : LiveEndpoint::Kind::TcpSend;
        b.host = m_broadcastAddress->text().trimmed();
        b.port = static_cast<quint16>(m_broadcastPort->value());
        b.encoding = m_encoding->currentIndex() == 1 ? maps::live::CotEncoding::TakProtobuf : maps::live::CotEncoding::Xml;
        if (b.host.isEmpty())
            return fail(tr("Name where to broadcast to."));
        if (bk == kSendUdp && QHostAddress(b.host).isNull())
            return fail(tr("'%1' is not an IP address to send UDP to.").arg(b.host));
        if (bk == kSendUdp)
            b.interfaceName = m_interface->currentData().toString();
        if (bk == kSendTakTls) {
            b.tls = true;
            b.tlsFiles = e.tlsFiles;
        }
        c.broadcast = b;
    }
    return c;
}

void ConnectDialog::setConnection(const LiveConnection &c)
{
    const LiveEndpoint e = c.listen.empty() ? maps::live::atakMeshConnection().listen.front() : c.listen.front();
    const int k = e.kind == LiveEndpoint::Kind::UdpListen ? kUdp : e.kind == LiveEndpoint::Kind::TcpListen ? kTcpServer : kTakServer;
    {
        const QSignalBlocker block(m_kind);
        m_kind->setCurrentIndex(k);
    }
    m_tls->setEnabled(k == kTakServer);
    m_interface->setEnabled(k == kUdp);
    m_name->setText(c.name);
    m_address->setText(e.host);
    m_port->setValue(e.port);
    const int iface = m_interface->findData(e.interfaceName);
    m_interface->setCurrentIndex(iface < 0 ? 0 : iface);
    m_tls->setChecked(e.tls);
    m_certificate->setText(e.tlsFiles.certificate);
    m_key->setText(e.tlsFiles.key);
    m_trust->setText(e.tlsFiles.trust);
    m_peerName->setText(e.tlsFiles.peerName);
    m_password->clear();
    m_partners->setPlainText(c.partnerRules.join(u'\n'));
    m_broadcast->setChecked(c.broadcast.has_value());
    if (c.broadcast) {
        const QSignalBlocker block(m_broadcastKind);
        m_broadcastKind->setCurrentIndex(c.broadcast->kind == LiveEndpoint::Kind::UdpSend ? kSendUdp : c.broadcast->tls ? kSendTakTls : kSendTcp);
        m_broadcastAddress->setText(c.broadcast->host);
        m_broadcastPort->setValue(c.broadcast->port);
        m_encoding->setCurrentIndex(c.broadcast->encoding == maps::live::CotEncoding::TakProtobuf ? 1 : 0);
    }
    validate();
}

void ConnectDialog::validate()
{
    QString why;
    const bool ok = connection(&why).has_value();
    m_problem->setText(ok ? QString() : why);
    m_connect->setEnabled(ok);
}

void ConnectDialog::reloadSaved(const QString &select)
{
    const QSignalBlocker block(m_saved);
    m_saved->clear();
    m_saved->addItem(tr("(new connection)"));
    for (const auto &c : m_connections)
        m_saved->addItem(c.title(), c.name);
    const int i = m_saved->findData(select);
    m_saved->setCurrentIndex(i < 0 ? 0 : i);
}

void ConnectDialog::chooseSaved(int index)
{
    if (index <= 0 || index > static_cast<int>(m_connections.size()))
        return;
    setConnection(m_connections[static_cast<std::size_t>(index - 1)]);
}

void ConnectDialog::saveCurrent()
{
    QString why;
    auto c = connection(&why);
    if (!c)
        return;
    if (c->name.isEmpty()) {
        c->name = c->title();
        m_name->setText(c->name);
    }
    const auto same = std::find_if(m_connections.begin(), m_connections.end(), [&](const LiveConnection &x) { return x.name == c->name; });
    if (same != m_connections.end())
        *same = *c;
    else
        m_connections.push_back(*c);
    QSettings settings;
    maps::live::saveConnections(settings, m_connections);
    reloadSaved(c->name);
}

void ConnectDialog::deleteCurrent()
{
    const int index = m_saved->currentIndex();
    if (index <= 0 || index > static_cast<int>(m_connections.size()))
        return;
    m_connections.erase(m_connections.begin() + (index - 1));
    QSettings settings;
    maps::live::saveConnections(settings, m_connections);
    reloadSaved({});
}

void ConnectDialog::accept()
{
    const auto c = connection();
    if (!c)
        return;
    QSettings settings;
    settings.setValue(QStringLiteral("live/last"), c->name);
    QDialog::accept();
}

} // namespace trilink::app
