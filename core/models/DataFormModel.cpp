// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataFormModel.h"

#include <QMimeType>
#include <QUrl>
#include <QVariantMap>

#include "PlainTextMarkup.h"

namespace {
using Field = QXmppDataForm::Field;

bool isMultiLine(Field::Type type)
{
    return type == Field::TextMultiField || type == Field::JidMultiField || type == Field::ListMultiField;
}
} // namespace

DataFormModel::DataFormModel(QObject *parent) : QAbstractListModel(parent) { }

QString DataFormModel::typeName(Field::Type type)
{
    switch (type) {
    case Field::BooleanField:
        return QStringLiteral("boolean");
    case Field::FixedField:
        return QStringLiteral("fixed");
    case Field::HiddenField:
        return QStringLiteral("hidden");
    case Field::JidMultiField:
        return QStringLiteral("jid-multi");
    case Field::JidSingleField:
        return QStringLiteral("jid-single");
    case Field::ListMultiField:
        return QStringLiteral("list-multi");
    case Field::ListSingleField:
        return QStringLiteral("list-single");
    case Field::TextMultiField:
        return QStringLiteral("text-multi");
    case Field::TextPrivateField:
        return QStringLiteral("text-private");
    case Field::TextSingleField:
        break;
    }
    return QStringLiteral("text-single");
}

void DataFormModel::setForm(const QXmppDataForm &form)
{
    beginResetModel();
    m_form = form;
    endResetModel();
    Q_EMIT formChanged();
}

int DataFormModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_form.fields().size());
}

QVariant DataFormModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const Field field = m_form.fields().at(index.row());
    switch (role) {
    case KeyRole:
        return field.key();
    case TypeRole:
        return typeName(field.type());
    case LabelRole:
        // A field without a label is still named by something a person can read.
        return field.label().isEmpty() ? field.key() : field.label();
    case DescriptionRole:
        return field.description();
    case ValueRole:
        if (field.type() == Field::BooleanField) {
            return field.value().toBool();
        }
        if (isMultiLine(field.type())) {
            return field.value().toStringList().join(QLatin1Char('\n'));
        }
        return field.value().toString();
    case RequiredRole:
        return field.isRequired();
    case OptionsRole: {
        QVariantList options;
        const auto pairs = field.options();
        for (const auto &[label, value] : pairs) {
            options.append(QVariantMap { { QStringLiteral("label"), label.isEmpty() ? value : label },
                { QStringLiteral("value"), value } });
        }
        return options;
    }
    case ImageRole: {
        const auto sources = field.mediaSources();
        for (const auto &source : sources) {
            const QUrl uri = source.uri();
            const QString type = source.contentType().name();
            // Raster images inline only: an http(s) or cid: image would be fetched, and SVG can
            // point elsewhere.
            if (uri.scheme() == u"data" && uri.toString().size() < 2 * 1024 * 1024
                && (uri.path().startsWith(u"image/png") || uri.path().startsWith(u"image/jpeg")
                    || uri.path().startsWith(u"image/gif"))) {
                Q_UNUSED(type)
                return uri.toString();
            }
        }
        return QString();
    }
    case QrCodeRole: {
        const QString value = field.value().toString();
        const bool namedQr = field.key().contains(u"qr", Qt::CaseInsensitive)
            || field.label().contains(u"qr", Qt::CaseInsensitive);
        if (field.type() != QXmppDataForm::Field::FixedField || field.mediaSources().isEmpty() || !namedQr
            || value.isEmpty() || value.size() > 1000 || !data(index, ImageRole).toString().isEmpty()) {
            return QString();
        }
        return value;
    }
    default:
        return {};
    }
}

QString DataFormModel::asPlainText(const QString &text) const
{
    return plainTextMarkup(text);
}

bool DataFormModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= rowCount() || role != ValueRole) {
        return false;
    }
    Field &field = m_form.fields()[index.row()];
    const QVariant before = field.value();
    switch (field.type()) {
    case Field::FixedField:
    case Field::HiddenField:
        return false; // not the person's to change
    case Field::BooleanField:
        field.setValue(value.toBool());
        break;
    case Field::TextMultiField:
    case Field::JidMultiField:
    case Field::ListMultiField:
        field.setValue(value.toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts));
        break;
    default:
        field.setValue(value.toString());
        break;
    }
    // A field that echoes its own value back (the view writes on every text change) ends here.
    if (field.value() != before) {
        Q_EMIT dataChanged(index, index, { ValueRole });
    }
    return true;
}

void DataFormModel::setValue(int row, const QVariant &value)
{
    setData(index(row), value, ValueRole);
}

namespace {
bool isEmpty(const QXmppDataForm::Field &field)
{
    const QVariant value = field.value();
    return value.userType() == QMetaType::QStringList ? value.toStringList().isEmpty()
                                                      : value.toString().trimmed().isEmpty();
}
} // namespace

QStringList DataFormModel::missingFields() const
{
    QStringList missing;
    const auto fields = m_form.fields();
    for (const Field &field : fields) {
        if (!field.isRequired() || field.type() == Field::HiddenField || field.type() == Field::FixedField
            || field.type() == Field::BooleanField) {
            continue;
        }
        if (isEmpty(field)) {
            missing.append(field.label().isEmpty() ? field.key() : field.label());
        }
    }
    return missing;
}

int DataFormModel::firstTextField() const
{
    return firstTextField(false);
}

int DataFormModel::firstMissingTextField() const
{
    return firstTextField(true);
}

int DataFormModel::firstTextField(bool missingOnly) const
{
    const auto fields = m_form.fields();
    for (qsizetype row = 0; row < fields.size(); ++row) {
        const Field &field = fields.at(row);
        const bool typed = field.type() == Field::TextSingleField || field.type() == Field::TextPrivateField
            || field.type() == Field::JidSingleField;
        // A field drawn as a picture (ImageRole, QrCodeRole) has nothing to type into.
        if (typed && data(index(int(row)), ImageRole).toString().isEmpty()
            && data(index(int(row)), QrCodeRole).toString().isEmpty()
            && (!missingOnly || (field.isRequired() && isEmpty(field)))) {
            return int(row);
        }
    }
    return -1;
}

QHash<int, QByteArray> DataFormModel::roleNames() const
{
    return {
        { KeyRole, "key" },
        { TypeRole, "type" },
        { LabelRole, "label" },
        { DescriptionRole, "description" },
        { ValueRole, "value" },
        { RequiredRole, "isRequired" },
        { OptionsRole, "options" },
        { ImageRole, "image" },
        { QrCodeRole, "qrCode" },
    };
}
