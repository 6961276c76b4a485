// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// Scenario file versions (docs/scenario.md): version 2 added `sensors.added`; a version 1 file reads as it did,
// a version 1 file with added radars is refused naming the field, and what is written is version 2.
#include "maps/scene/ScenarioFile.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace trilink;

namespace {
std::optional<maps::TrainingScenario> read(const char *json, QString &error)
{
    return maps::scenarioFromJson(QJsonDocument::fromJson(QByteArray(json)).object(), QString(), error);
}
} // namespace

TEST(ScenarioFileVersion, AVersionOneFileReadsAsItDid)
{
    QString error;
    const auto s = read(R"({"format": "trilink-scenario", "version": 1,
                            "sensors": {"moved": [{"id": "JPN-DDG-SOJ", "lat": 41.3, "lon": 135.5}], "disabled": ["KOR-GREENPINE-C"]}})",
                        error);
    ASSERT_TRUE(s) << error.toStdString();
    ASSERT_EQ(s->sensors.moved.size(), 1u);
    EXPECT_EQ(s->sensors.disabled, QStringList{QStringLiteral("KOR-GREENPINE-C")});
    EXPECT_TRUE(s->sensors.added.empty());
}

TEST(ScenarioFileVersion, AddedRadarsNeedVersionTwo)
{
    QString error;
    EXPECT_FALSE(read(R"({"format": "trilink-scenario", "version": 1,
                          "sensors": {"added": [{"id": "KOR-ADDED-1", "like": "KOR-KDX3-EAST", "lat": 40.5, "lon": 131}]}})",
                      error));
    EXPECT_EQ(error, QStringLiteral("sensors.added: added radars need version 2 of the format (this file says 1)"));
    error.clear();
    EXPECT_FALSE(read(R"({"format": "trilink-scenario", "version": 2,
                          "sensors": {"added": [{"id": "KOR ADDED", "like": "KOR-KDX3-EAST", "lat": 40.5, "lon": 131}]}})",
                      error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("sensors.added[0].id: "))) << error.toStdString();
    error.clear();
    const auto s = read(R"({"format": "trilink-scenario", "version": 2,
                            "sensors": {"added": [{"id": "KOR-ADDED-1", "like": "KOR-KDX3-EAST", "lat": 40.5, "lon": 131}]}})",
                        error);
    ASSERT_TRUE(s) << error.toStdString();
    ASSERT_EQ(s->sensors.added.size(), 1u);
    EXPECT_EQ(s->sensors.added[0], (maps::SensorAdd{QStringLiteral("KOR-ADDED-1"), QStringLiteral("KOR-KDX3-EAST"), 131.0, 40.5}));
    // Written as version 2, and a radar like one that is not in the catalogue is refused when it is applied.
    EXPECT_EQ(maps::scenarioJson(*s, QString()).value(QStringLiteral("version")).toInt(), 2);
    SensorLaydown laydown = SensorLaydown::builtin();
    maps::SensorChanges bad;
    bad.added = {{QStringLiteral("X-1"), QStringLiteral("NO-SUCH-RADAR"), 131.0, 40.5}};
    EXPECT_FALSE(maps::applySensorChanges(bad, laydown, error));
    EXPECT_EQ(error, QStringLiteral("sensors.added[0].like: no radar 'NO-SUCH-RADAR' in the catalogue"));
}
