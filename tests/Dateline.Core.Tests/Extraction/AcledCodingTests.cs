using Dateline.Core.Model;
using Dateline.Core.Stages.Extraction;

namespace Dateline.Core.Tests.Extraction;

public sealed class AcledCodingTests
{
    private static Mention M(string sentence, string trigger, string type, params ActorRef[] actors) => new()
    {
        ReportId = "r", Ordinal = 0, Sentence = sentence, Start = 0, End = sentence.Length, Trigger = trigger, Type = type,
        Status = EventStatus.Occurred, Time = TimeValue.FromTimeMl("2020-03-21"), Title = sentence, Actors = actors,
    };

    [Theory]
    [InlineData("Jets bombed the market in Maarat al-Numan.", "bombed", "assault", "Explosions/Remote violence", "Air/drone strike")]
    [InlineData("Government forces shelled the village with artillery.", "shelled", "assault", "Explosions/Remote violence", "Shelling/artillery/missile attack")]
    [InlineData("A roadside bomb hit a military vehicle.", "roadside bomb", "assault", "Explosions/Remote violence", "Remote explosive/landmine/IED")]
    [InlineData("A suicide bomber detonated an explosive vest at the gate.", "detonated", "assault", "Explosions/Remote violence", "Suicide bomb")]
    [InlineData("Clashes took place between YPG and Turkish forces.", "Clashes", "assault", "Battles", "Armed clash")]
    [InlineData("Unknown gunmen killed a religious scholar in Kabul.", "killed", "assault", "Violence against civilians", "Attack")]
    [InlineData("Gunmen abducted two aid workers near Kandahar.", "abducted", "coerce", "Violence against civilians", "Abduction/forced disappearance")]
    [InlineData("Thousands of teachers marched in Baghdad.", "marched", "protest", "Protests", "Peaceful protest")]
    [InlineData("Police fired tear gas at protesters who marched on parliament.", "marched", "protest", "Protests", "Protest with intervention")]
    [InlineData("Rioters set fire to the council building.", "protest", "protest", "Riots", "Violent demonstration")]
    [InlineData("The two sides agreed a local truce.", "agreed", "agree", "Strategic developments", "Agreement")]
    [InlineData("Police arrested 30 activists.", "arrested", "coerce", "Strategic developments", "Arrests")]
    [InlineData("Fighters shot an RPG at a tank.", "shot an RPG", "assault", "Explosions/Remote violence", "Shelling/artillery/missile attack")]
    [InlineData("Bandits took nine travellers hostage.", "took nine travellers hostage", "coerce", "Violence against civilians", "Abduction/forced disappearance")]
    [InlineData("Forty soldiers switched sides and joined the rebels.", "switched sides", "retreat", "Strategic developments", "Change to group/activity")]
    [InlineData("Three soldiers were killed when their truck hit a roadside bomb.", "killed", "assault", "Explosions/Remote violence", "Remote explosive/landmine/IED")]
    [InlineData("A farmer was killed by a landmine during clashes near the border.", "killed", "assault", "Battles", "Armed clash")]
    [InlineData("Two civilians were killed by army fire in the valley.", "killed", "assault", "Violence against civilians", "Attack")]
    [InlineData("Four soldiers were killed and six were taken hostage in the attack.", "killed", "assault", "Battles", "Armed clash")]
    [InlineData("Forty militants surrendered to the army.", "surrendered", "retreat", "Strategic developments", "Agreement")]
    [InlineData("Police freed twenty hostages from a cellar.", "freed", "retreat", "Strategic developments", "Other")]
    [InlineData("A shopkeeper was kidnapped and killed by gunmen.", "kidnapped", "coerce", "Violence against civilians", "Attack")]
    [InlineData("A policeman was abducted and later killed by gunmen.", "abducted", "coerce", "Battles", "Armed clash")]
    [InlineData("Two soldiers were killed by a hand grenade at the gate.", "killed", "assault", "Explosions/Remote violence", "Grenade")]
    [InlineData("Rebels captured four government soldiers.", "captured", "coerce", "Battles", "Armed clash")]
    [InlineData("Gunmen seized two farmers on the road.", "seized", "coerce", "Violence against civilians", "Abduction/forced disappearance")]
    [InlineData("Customs officers seized a shipment of rifles.", "seized", "coerce", null, null)]
    [InlineData("Five militants were killed in a night raid by special forces.", "raid", "assault", "Battles", "Armed clash")]
    [InlineData("A bomb carried by two militants detonated prematurely.", "bomb", "assault", "Strategic developments", "Disrupted weapons use")]
    [InlineData("Police defused a roadside bomb near the bridge.", "roadside bomb", "assault", "Strategic developments", "Disrupted weapons use")]
    [InlineData("Three girls were wounded by army fire near the school.", "wounded", "assault", "Violence against civilians", "Attack")]
    [InlineData("The minister condemned the attack.", "condemned", "accuse", null, null)]
    public void Of_Sentence_GivesAcledTypes(string sentence, string trigger, string type, string? eventType, string? subEventType)
    {
        // When
        var code = AcledCoding.Of(M(sentence, trigger, type));

        // Then
        Assert.Equal(eventType, code?.EventType);
        Assert.Equal(subEventType, code?.SubEventType);
    }

    [Theory]
    [InlineData("Under heavy shelling, clashes took place near the dam.", "Armed clash")]
    [InlineData("Backed by airstrikes, the army captured the hill.", "Government regains territory")]
    public void Of_StrikeBackingAGroundFight_IsTheBattle(string sentence, string subEventType)
    {
        // Given a strike told in the same sentence as a ground fight or ground taken by the army
        var army = new ActorRef("Military Forces of Syria", ActorRole.Initiator, "SY.MIL");
        var strike = sentence.Contains("shelling", StringComparison.Ordinal) ? "shelling" : "airstrikes";

        // When
        var code = AcledCoding.Of(M(sentence, strike, "assault", army));

        // Then
        Assert.Equal("Battles", code?.EventType);
        Assert.Equal(subEventType, code?.SubEventType);
    }

    [Theory]
    [InlineData("Clashes broke out and the army was able to regain control of the plant.", "Government regains territory")]
    [InlineData("Clashes broke out as the army tried to advance towards the plant.", "Armed clash")]
    public void Of_ClashWithGroundTaken_IsCodedByItsOutcome(string sentence, string subEventType)
    {
        // Given a clash told with ground taken, or with ground only aimed at
        var army = new ActorRef("Military Forces of Syria", ActorRole.Initiator, "SY.MIL");

        // When
        var code = AcledCoding.Of(M(sentence, "Clashes", "assault", army));

        // Then
        Assert.Equal(subEventType, code?.SubEventType);
    }

    [Theory]
    [InlineData("tiger-forces", "Tiger Forces", "Government regains territory")]
    [InlineData("TR.MIL", "Military Forces of Türkiye", "Non-state actor overtakes territory")]
    [InlineData("SY.MIL", "Military Forces of Syria", "Government regains territory")]
    public void Of_GroundTakenInSyria_StateForcesOfSyriaRegainForeignOnesOvertake(string id, string name, string subEventType)
    {
        // Given ground taken in Syria by a unit of the Syrian army, by a foreign army, by the Syrian army itself
        var taker = new ActorRef(name, ActorRole.Initiator, id);
        var mention = M("The force captured the village.", "captured", "assault", taker) with { Location = new PlaceRef("Al-Bab", "SY", 36.37, 37.52) };

        // When
        var code = AcledCoding.Of(mention);

        // Then
        Assert.Equal(subEventType, code?.SubEventType);
    }

    [Theory]
    [InlineData("isis", "Explosions/Remote violence", "Shelling/artillery/missile attack")]
    [InlineData("SY.MIL", "Explosions/Remote violence", "Air/drone strike")]
    public void Of_StrikeWithNoWeaponNamed_WhoFiredDecides(string id, string eventType, string subEventType)
    {
        // Given a strike told with no weapon, by an armed group or by an army
        var striker = new ActorRef("Striker", ActorRole.Initiator, id);

        // When
        var code = AcledCoding.Of(M("The base was pounded overnight.", "pounded", "assault", striker));

        // Then
        Assert.Equal(eventType, code?.EventType);
        Assert.Equal(subEventType, code?.SubEventType);
    }

    [Fact]
    public void Of_ClashWithNoInitiator_TheSideNamedFirstTookTheGround()
    {
        // Given a clash told as "between" two sides, the army named first, and ground taken
        var army = new ActorRef("Military Forces of Syria", ActorRole.Participant, "SY.MIL");
        var militants = new ActorRef("Islamic State", ActorRole.Participant, "isis");

        // When
        var code = AcledCoding.Of(M("Clashes between the army and militants, where the army was able to advance.", "Clashes", "assault", army, militants));

        // Then
        Assert.Equal("Government regains territory", code?.SubEventType);
    }

    [Fact]
    public void Of_StrikeWhileASideTriesToAdvance_IsTheBattle()
    {
        // Given a strike told with an attempt to take ground (fighting for it, not ground taken)
        var jets = new ActorRef("Military Forces of Syria", ActorRole.Initiator, "SY.MIL");

        // When
        var code = AcledCoding.Of(M("Jets bombed the village as rebels tried to advance in the area.", "bombed", "assault", jets));

        // Then
        Assert.Equal("Battles", code?.EventType);
        Assert.Equal("Armed clash", code?.SubEventType);
    }

    [Fact]
    public void Of_StateForceTakesControl_GovernmentRegainsTerritory()
    {
        // Given
        var army = new ActorRef("Military Forces of Syria", ActorRole.Initiator, "SY.MIL");
        var rebels = new ActorRef("Opposition Rebels", ActorRole.Initiator, "SY.REB");

        // When
        var byArmy = AcledCoding.Of(M("Regime forces took control of the village.", "took control", "assault", army));
        var byRebels = AcledCoding.Of(M("Rebels captured the village.", "captured", "assault", rebels));

        // Then
        Assert.Equal("Government regains territory", byArmy?.SubEventType);
        Assert.Equal("Non-state actor overtakes territory", byRebels?.SubEventType);
    }
}
