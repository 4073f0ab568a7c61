// SPDX-License-Identifier: GPL-3.0-or-later
// A data form (XEP-0004) as rows QML can render and fill in: one row per field with its type,
// label, value and choices. Hidden fields stay in the form but are marked for the view to skip.
#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QXmppDataForm.h>

class DataFormModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the flow that received the form")
    Q_PROPERTY(QString title READ title NOTIFY formChanged)
    Q_PROPERTY(QString instructions READ instructions NOTIFY formChanged)
    Q_PROPERTY(int count READ count NOTIFY formChanged)
public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        TypeRole, // the XEP-0004 name: "text-single", "text-private", "boolean", "list-single", …
        LabelRole,
        DescriptionRole,
        ValueRole,
        RequiredRole,
        OptionsRole, // [{ label, value }] for list fields
        // XEP-0221 media to show with the field (a QR code to scan): a data: image URI, never
        // one that would be fetched from anywhere; empty when there is none.
        ImageRole,
        // A login QR code to draw here from the field's text, for a gateway that links its picture
        // (Slidge: a fixed "qr…" field whose value is the code's text, its media an http URL we
        // never fetch); empty otherwise.
        QrCodeRole,
    };
    Q_ENUM(Role)

    explicit DataFormModel(QObject *parent = nullptr);

    void setForm(const QXmppDataForm &form);
    // The form with the values entered so far.
    const QXmppDataForm &form() const { return m_form; }
    QString title() const { return m_form.title(); }
    // The server's words (labels, descriptions, option names, the title) for labels that render
    // HTML: shown exactly as written, never as markup.
    Q_INVOKABLE QString asPlainText(const QString &text) const;
    QString instructions() const { return m_form.instructions(); }
    int count() const { return rowCount(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = ValueRole) override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void setValue(int row, const QVariant &value);
    // Labels of the required fields a person can see that are still empty.
    Q_INVOKABLE QStringList missingFields() const;
    // The row of the first field a person types into (text, password, address); -1 if none.
    Q_INVOKABLE int firstTextField() const;
    // The row of the first such field that is required and still empty; -1 if none.
    Q_INVOKABLE int firstMissingTextField() const;

    static QString typeName(QXmppDataForm::Field::Type type);

Q_SIGNALS:
    void formChanged();

private:
    int firstTextField(bool missingOnly) const;

    QXmppDataForm m_form;
};
