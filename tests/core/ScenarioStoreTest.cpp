// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// The modelled record computed once: the store the build writes is what a fresh modelling gives, it is read
// back whole, a damaged or foreign file is refused with a reason (never a crash), and a changed scenario
// re-models only what changed.
#include "core/BuiltinCatalogue.h"
#include "core/CatalogModeller.h"
#include "core/ScenarioStore.h"
#include "tests/core/CatalogFixture.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace trilink;

namespace {
// A few missiles of the record of every kind: a salvo, an ICBM matched to its published flight time, an
// SRBM, a failure.
CatalogPlan smallPlan()
{
    CatalogPlan plan;
    for (const char *id : {"2016-09-05-hwangju-1", "2016-09-05-hwangju-2", "2017-11-28-pyongsong-1", "2022-11-01-wonsan-1",
                           "2022-05-04-pyongyang-1"}) {
        const CatalogFlightPlan *p = fixture::planFor(QString::fromLatin1(id));
        EXPECT_NE(p, nullptr) << id;
        if (p)
            plan.flights.push_back(*p);
    }
    plan.excluded.push_back(fixture::builtinPlan().excluded.front());
    plan.sourceRows = 6;
    return plan;
}

void expectSameTrack(const ScenarioTrack &a, const ScenarioTrack &b)
{
    ASSERT_EQ(a.id, b.id);
    EXPECT_EQ(a.launchMsUtc, b.launchMsUtc);
    EXPECT_EQ(a.origin, b.origin);
    ASSERT_EQ(a.samples.size(), b.samples.size()) << a.id.toStdString();
    for (std::size_t i = 0; i < a.samples.size(); i += 7) {
        EXPECT_DOUBLE_EQ(a.samples[i].lon, b.samples[i].lon);
        EXPECT_DOUBLE_EQ(a.samples[i].altM, b.samples[i].altM);
        EXPECT_EQ(a.samples[i].phase, b.samples[i].phase);
    }
    EXPECT_EQ(a.events.size(), b.events.size());
    EXPECT_DOUBLE_EQ(a.flightTimeS, b.flightTimeS);
    EXPECT_EQ(a.attribution.seen, b.attribution.seen) << a.id.toStdString();
    EXPECT_EQ(a.attribution.partnersAt, b.attribution.partnersAt);
    EXPECT_EQ(a.attribution.events.size(), b.attribution.events.size());
    for (Partner p : kAllPartners) {
        ASSERT_EQ(a.attribution.custodyOf(p) != nullptr, b.attribution.custodyOf(p) != nullptr);
        if (const PartnerCustody *c = a.attribution.custodyOf(p)) {
            EXPECT_DOUBLE_EQ(c->firstDetectionS, b.attribution.custodyOf(p)->firstDetectionS);
            EXPECT_DOUBLE_EQ(c->heldFraction, b.attribution.custodyOf(p)->heldFraction);
        }
    }
    ASSERT_EQ(a.facts.has_value(), b.facts.has_value());
    if (a.facts) {
        EXPECT_EQ(a.facts->aliases, b.facts->aliases);
        EXPECT_EQ(a.facts->apogeeKm.text, b.facts->apogeeKm.text);
        EXPECT_EQ(a.facts->glideLegs.size(), b.facts->glideLegs.size());
        EXPECT_EQ(a.facts->notes, b.facts->notes);
        EXPECT_EQ(a.facts->impactLat, b.facts->impactLat);
    }
    EXPECT_EQ(a.modelKey, b.modelKey);
}
} // namespace

// The start reads the store the build wrote, and it holds what modelling now gives (spot-checked on a few
// missiles, flown here afresh and attributed to the bundled laydown).
TEST(ScenarioStore, TheBundledStoreIsWhatModellingGives)
{
    BuiltinCatalogue::Origin origin{};
    QString detail;
    const Scenario loaded = BuiltinCatalogue::load(&origin, &detail);
    EXPECT_EQ(origin, BuiltinCatalogue::Origin::BundledStore) << detail.toStdString();
    CatalogModeller modeller;
    const Scenario fresh = modeller.model(smallPlan(), SensorLaydown::builtin());
    ASSERT_EQ(fresh.tracks.size(), 5u);
    for (const ScenarioTrack &t : fresh.tracks) {
        const ScenarioTrack *s = loaded.find(t.id);
        ASSERT_NE(s, nullptr) << t.id.toStdString();
        expectSameTrack(t, *s);
    }
}

TEST(ScenarioStore, RoundTripKeepsEverything)
{
    CatalogModeller modeller;
    const Scenario s = modeller.model(smallPlan(), SensorLaydown::builtin());
    const QByteArray key = QByteArrayLiteral("key-1");
    const QByteArray bytes = ScenarioStore::write(s, key);
    EXPECT_EQ(ScenarioStore::keyOf(bytes), key);
    QString error;
    const auto back = ScenarioStore::read(bytes, key, SensorLaydown::builtin(), &error);
    ASSERT_TRUE(back) << error.toStdString();
    EXPECT_EQ(back->catalogRows, 6);
    ASSERT_EQ(back->withoutEnoughFacts.size(), 1u);
    EXPECT_EQ(back->withoutEnoughFacts[0].reason, s.withoutEnoughFacts[0].reason);
    ASSERT_EQ(back->tracks.size(), s.tracks.size());
    for (std::size_t i = 0; i < s.tracks.size(); ++i)
        expectSameTrack(s.tracks[i], back->tracks[i]);
}

// A foreign, truncated or damaged file is an error with a reason; reading never crashes or allocates what
// the file claims (the fuzz target fuzz_catalog_store tries far more).
TEST(ScenarioStore, DamagedOrForeignFilesAreRefused)
{
    CatalogModeller modeller;
    CatalogPlan plan = smallPlan();
    plan.flights.resize(1);
    const Scenario s = modeller.model(plan, SensorLaydown::builtin());
    const QByteArray bytes = ScenarioStore::write(s, QByteArrayLiteral("k"));
    QString error;
    EXPECT_FALSE(ScenarioStore::read(bytes, QByteArrayLiteral("other"), SensorLaydown::builtin(), &error));
    EXPECT_TRUE(error.contains(QLatin1String("other inputs"))) << error.toStdString();
    EXPECT_FALSE(ScenarioStore::read(QByteArrayLiteral("PNG\r\n"), {}, SensorLaydown::builtin(), &error));
    EXPECT_TRUE(error.contains(QLatin1String("not a Trilink")));
    // Every truncation is refused.
    for (qsizetype n = 0; n < bytes.size(); n += std::max<qsizetype>(1, bytes.size() / 997))
        EXPECT_FALSE(ScenarioStore::read(bytes.left(n), {}, SensorLaydown::builtin(), &error)) << n;
    // A laydown other than the one it was attributed with does not fit its detections.
    SensorLaydown fewer = SensorLaydown::builtin();
    fewer.remove(fewer.sensors().front().id);
    EXPECT_FALSE(ScenarioStore::read(bytes, {}, fewer, &error));
    // Flipped bytes: refused or read, never a crash (sanitizers watch this run).
    for (qsizetype i = 16; i < bytes.size(); i += 211) {
        QByteArray b = bytes;
        b[i] = static_cast<char>(b[i] ^ 0x5a);
        (void)ScenarioStore::read(b, {}, SensorLaydown::builtin(), &error);
    }
}

// A changed scenario re-models only what changed: a moved ship re-evaluates that one sensor over each
// track, an added launch flies one track, and the result equals modelling everything afresh.
TEST(CatalogModeller, ReModelsOnlyWhatChanged)
{
    CatalogModeller modeller;
    const CatalogPlan plan = smallPlan();
    const SensorLaydown laydown = SensorLaydown::builtin();
    const Scenario first = modeller.model(plan, laydown);
    EXPECT_EQ(modeller.lastWork().flown, 5);
    EXPECT_EQ(modeller.lastWork().sensorColumns, 5 * laydown.size());

    // The same again: nothing to do.
    (void)modeller.model(plan, laydown);
    EXPECT_EQ(modeller.lastWork().flown, 0);
    EXPECT_EQ(modeller.lastWork().reused, 5);
    EXPECT_EQ(modeller.lastWork().sensorColumns, 0);

    // A ship moved 300 km south: one sensor re-evaluated per track.
    QString ship;
    for (const Sensor &s : laydown.sensors())
        if (s.kind == SensorKind::RadarShip)
            ship = s.id;
    ASSERT_FALSE(ship.isEmpty());
    SensorLaydown moved = laydown;
    ASSERT_TRUE(moved.move(ship, moved.find(ship)->lon, moved.find(ship)->lat - 2.7));
    const Scenario after = modeller.model(plan, moved);
    EXPECT_EQ(modeller.lastWork().flown, 0);
    EXPECT_EQ(modeller.lastWork().sensorColumns, 5);
    CatalogModeller scratch;
    const Scenario full = scratch.model(plan, moved);
    ASSERT_EQ(after.tracks.size(), full.tracks.size());
    for (std::size_t i = 0; i < full.tracks.size(); ++i)
        expectSameTrack(full.tracks[i], after.tracks[i]);
    bool changed = false;
    for (std::size_t i = 0; i < full.tracks.size(); ++i)
        changed = changed || after.tracks[i].attribution.seen != first.tracks[i].attribution.seen;
    EXPECT_TRUE(changed) << "moving the ship changed nobody's picture";

    // An added launch: one track flown, the others kept.
    CatalogPlan more = plan;
    more.flights.push_back(*fixture::planFor(QStringLiteral("2022-11-01-wonsan-2")));
    const Scenario added = modeller.model(more, moved);
    EXPECT_EQ(modeller.lastWork().flown, 1);
    EXPECT_EQ(modeller.lastWork().reused, 5);
    EXPECT_EQ(added.tracks.size(), 6u);

    // Seeded from the stored record: the bundled plan needs nothing flown.
    CatalogModeller seeded;
    seeded.seed(fixture::storedRecord());
    const Scenario again = seeded.model(fixture::builtinPlan(), laydown);
    EXPECT_EQ(seeded.lastWork().flown, 0);
    EXPECT_EQ(seeded.lastWork().sensorColumns, 0);
    EXPECT_EQ(again.tracks.size(), fixture::storedRecord().tracks.size());
}
