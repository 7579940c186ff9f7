namespace Dateline.Core.Stages.Extraction;

/// <summary>Whether a trigger is a verb (a predicate) or a noun naming an event.</summary>
internal enum TriggerKind
{
    Verb,
    Noun,
}

/// <summary>An entry of the trigger lexicon.</summary>
/// <param name="Words">The trigger's words, lower case ("came into effect" is three).</param>
/// <param name="Type">PLOVER type, lower case.</param>
/// <param name="Class">A finer class used by merging: mentions of one event share it ("talks" = "negotiations").</param>
/// <param name="Kind">Verb or noun.</param>
internal sealed record TriggerEntry(string[] Words, string Type, string Class, TriggerKind Kind);

/// <summary>
/// Words that name events, mapped to PLOVER types. Each line: surface forms (inflections listed, no stemmer),
/// type, merge class. Multi-word triggers win over their parts ("took control" over "took").
/// </summary>
internal static class TriggerLexicon
{
    // (forms, type, class, kind). Forms are '|'-separated; each form may have several words.
    private static readonly (string Forms, string Type, string Class, TriggerKind Kind)[] Table =
    [
        // CONSULT: meetings, visits, talks. "met the delegation", "talks in Astana", "arrived in Syria"
        ("meet|meets|met|hosted|hosts|host", "consult", "meeting", TriggerKind.Verb),
        ("meeting|meetings|summit|audience", "consult", "meeting", TriggerKind.Noun),
        // "when the two prime ministers sat down in Baghdad": leaders sitting down together is a meeting.
        ("sat down|sit down|sits down", "consult", "meeting", TriggerKind.Verb),
        // A leader receiving visitors is a meeting: "Assad received a group of French members of parliament", "the
        // delegation was received by the president" (not "received a letter", "received aid").
        ("received * delegation|received * delegations|received * lawmakers|received * parliamentarians|received * members of parliament"
            + "|received * mps|received * envoy|received * envoys|received * minister|received * ministers|received * counterpart"
            + "|received * ambassador|was received by|were received by", "consult", "meeting", TriggerKind.Verb),
        ("negotiate|negotiated|negotiating|held talks|hold talks|holds talks|discussed|discuss|discusses|consulted|mediated|summoned", "consult", "talks", TriggerKind.Verb),
        ("talks|negotiations|peace talks|peace negotiations|consultations|conference|peace conference|round of talks|dialogue|mediation", "consult", "talks", TriggerKind.Noun),
        // "the delegation landed in Syria" ("^" is a name: a shell that landed in a field is no visit).
        ("visit|visits|visited|toured|arrived|arrives|arrive|travelled to|traveled to|flew to|landed in ^", "consult", "visit", TriggerKind.Verb),
        ("visit|trip|tour", "consult", "visit", TriggerKind.Noun),

        // ASSAULT: violence. "jets bombed", "an airstrike killed", "took control of"
        ("attacked|attacks|attack|stormed|ambushed|raided|assaulted|targeted|invaded|beat up|tortured", "assault", "attack", TriggerKind.Verb),
        ("attack|attacks|assault|ambush|offensive|invasion", "assault", "attack", TriggerKind.Noun),
        // "Government forces launched a counter-attack", "the army counter-attacked the following day".
        ("counter-attack|counter-attacks|counterattack|counterattacks|counter-offensive|counteroffensive", "assault", "attack", TriggerKind.Noun),
        ("counter-attacked|counterattacked", "assault", "attack", TriggerKind.Verb),
        ("bombed|shelled|pounded|struck|fired rockets|fired missiles|fired shells|fired mortars|fired", "assault", "strike", TriggerKind.Verb),
        // "fighters shot an RPG at a tank", "fired a rocket-propelled grenade": a shell fired at a target.
        ("shot * rpg|shot * rocket|shot * rockets|shot * missile|shot * mortar|shot * mortars", "assault", "strike", TriggerKind.Verb),
        ("rpg|rpgs|rocket-propelled grenade|rocket-propelled grenades", "assault", "strike", TriggerKind.Noun),
        // "killed by an artillery attack", "under artillery fire": guns firing from afar.
        ("missile attack|missile attacks|rocket attacks|artillery attack|artillery attacks|artillery fire|artillery strike|artillery strikes|artillery shelling", "assault", "strike", TriggerKind.Noun),
        ("airstrike|airstrikes|air strike|air strikes|air raid|air raids|bombardment|shelling|strike|strikes|missile strike|drone strike|raid|rocket attack|rocket fire|rockets|mortar fire|missiles", "assault", "strike", TriggerKind.Noun),
        ("bombing|bombings", "assault", "bombing", TriggerKind.Noun),
        // A bombing is an explosion when a ground thing carried the bomb, an air strike when planes did.
        ("car bombing|car bombings|truck bombing|bus bombing|roadside bombing|convoy bombing|market bombing", "assault", "explosion", TriggerKind.Noun),
        ("aerial bombing|aerial bombardment|air bombing", "assault", "strike", TriggerKind.Noun),
        ("exploded|detonated|blew up", "assault", "explosion", TriggerKind.Verb),
        ("explosion|blast|car bomb|suicide bombing|suicide attack|roadside bomb|ied|ieds|bomb|bombs|grenade|grenades|hand grenade|grenade attack|explosive device|improvised explosive device|landmine", "assault", "explosion", TriggerKind.Noun),
        ("clashed|fought|battled|clash|exchanged fire|exchanged shells|exchanged shelling|skirmished|fight|attempted to advance|attempt to advance|attempting to advance", "assault", "clash", TriggerKind.Verb),
        ("clashes|fighting|battle|battles|firefight|gunfight|hostilities|skirmishes|skirmish", "assault", "clash", TriggerKind.Noun),
        // "they heard heavy machine-gun fire", "its forces had repelled an advance": a fight told by its sound or its outcome.
        ("gunfire|machine-gun fire|gun battle|gun battles|exchange of fire|exchanges of fire", "assault", "clash", TriggerKind.Noun),
        ("repelled|repulsed|fought off", "assault", "clash", TriggerKind.Verb),
        // "rebels were clashing with the army", "the two sides traded fire", "they exchanged heavy shelling overnight":
        // a fight told in the progressive or as a trade of fire.
        ("clashing|traded fire|traded shells|traded * fire|exchanged * fire|exchanged * shells|exchanged * shelling", "assault", "clash", TriggerKind.Verb),
        ("exchange of shelling|exchanges of shelling|exchange of shells|exchange of targeting", "assault", "clash", TriggerKind.Noun),
        // "militants shot down a helicopter": downing an aircraft is combat against an armed force.
        ("shot down|shoot down|shoots down", "assault", "clash", TriggerKind.Verb),
        // "gunmen overtook a police post": a post overrun is an assault on the force holding it.
        ("overtook * post|overtook * posts|overtook * checkpoint|overtook * checkpoints|overtook * base|overtook * unit|overtook * position|overtook * positions", "assault", "attack", TriggerKind.Verb),
        // "two men were shot on the road", "police shot a protester": shooting someone is violence against them.
        ("killed|kills|kill|shot dead|shot|shoots|executed|massacred|beheaded|assassinated|assassinate|wounded|injured", "assault", "killing", TriggerKind.Verb),
        ("massacre|killing|killings|assassination|execution", "assault", "killing", TriggerKind.Noun),
        // "a woman and her two sons were among the dead": a toll told by who is in it.
        ("among the dead", "assault", "killing", TriggerKind.Noun),
        // "the mission itself confirmed one death": a toll told as deaths.
        ("death|deaths", "assault", "killing", TriggerKind.Noun),
        // "residents found three bodies in a field", "the body was found with gunshot wounds": a killing told by what is found.
        ("found * bodies|found * body|found * dead|bodies were found|body was found|bodies found|found dead", "assault", "killing", TriggerKind.Verb),
        ("gunshot wounds|gunshot wound|gunshots|gun shots|bullet wounds", "assault", "killing", TriggerKind.Noun),
        ("captured|seized|took control|take control|takes control|established full control|established control|gained control|regained control|retook|recaptured|overran|liberated|took over|topple|toppled|overthrow|overthrew|besieged|regained|controlled|managed to control|were able to control|was able to control|establishes full control|establishes control"
            // "were able to regain control of", "expand their control", "advanced inside Al Bab city": ground taken.
            + "|regain control|regains control|regain|regains|retake|retakes|gain control|gains control|taking control|taking over|taking * over|took * over"
            // "rebels re-captured two hills", "the army managed to take the checkpoints": ground taken, told with a hyphen or as an aim achieved.
            + "|re-captured|re-took|re-take|re-capture|managed to take|were able to take|was able to take|taken control|taken over"
            // "troops advanced against the militants' positions", "the army was able to advance around the town", "fighters
            // reached the outskirts of the city", "the army was encircling the town": ground gained or closed in on.
            + "|advanced against|advance against|advances against|were able to advance|was able to advance|managed to advance"
            + "|reached the outskirts|reach the outskirts|reached the edge|reached the gates|encircled|encircling|encircle|expand their control|expanded their control|restore control|restored control|seize back|seized back"
            + "|advanced inside|advanced into|advanced towards|advanced toward|advances inside|advances into|advances towards"
            // "the army advanced in the countryside", "fighters continue making advances along the river": ground gained.
            + "|advanced in|advances in|advance in|advance into|advance towards|advance toward|made advances|making advances|make advances"
            // "rebels took Palmyra", "the army took the hill from the militants" ("^" is a name); "the town was cleared of
            // militants", "expelled the militants from the town": ground taken from someone.
            + "|took ^|took * from"
            + "|cleared of|cleared from|cleared * of|cleared * from|expelled * from|drove * out|drove * from|pushed * out", "assault", "control", TriggerKind.Verb),
        ("capture|recapture|seizure|takeover|siege|defeat|liberation|advancement|advancements", "assault", "control", TriggerKind.Noun),

        // PROTEST. "thousands marched", "a rally in Tahrir Square"
        ("protested|protest|protests|demonstrated|marched|rallied|gathered|blocked|chanted|rioted|stopped work|went on strike|go on strike", "protest", "protest", TriggerKind.Verb),
        ("protest|protests|demonstration|demonstrations|rally|rallies|march|sit-in|hunger strike|riot|riots|general strike", "protest", "protest", TriggerKind.Noun),
        // "the gathering stayed peaceful", "some threw stones at the gates": a crowd and what it does.
        ("gathering", "protest", "protest", TriggerKind.Noun),
        ("threw stones|threw rocks|hurled stones|hurled rocks|pelted", "protest", "protest", TriggerKind.Verb),
        // "contract teachers filled Tahrir Square", "thousands filled the streets": a crowd taking a public space.
        ("filled * square|filled * streets|filled the streets", "protest", "protest", TriggerKind.Verb),
        // "the vendors closed part of Al-Rasheed Street": a crowd shutting a road.
        ("closed * street|closed * streets|closed * road|closed * roads|closed * highway", "protest", "protest", TriggerKind.Verb),

        // AGREE: accords, ceasefires, offers. "agreed a truce", "the ceasefire came into effect"
        ("agreed|agree|agrees|signed|brokered|pledged|promised|offered|reached an agreement|reached a deal", "agree", "accord", TriggerKind.Verb),
        ("agreement|accord|deal|peace deal|treaty|memorandum|pact", "agree", "accord", TriggerKind.Noun),
        // "the United Nations welcomed the arrangement": an arrangement between parties is an accord.
        ("arrangement", "agree", "accord", TriggerKind.Noun),
        // "is committed to opening up", "is willing to forgive": an offer, a verbal agreement.
        ("committed to|willing to|ready to|prepared to", "agree", "offer", TriggerKind.Verb),
        ("ceasefire|cease-fire|truce|cessation of hostilities|armistice", "agree", "ceasefire", TriggerKind.Noun),

        // SUPPORT: endorsements, ratifications. "the UN Security Council ratified the ceasefire"
        ("ratified|endorsed|approved|backed|welcomed|praised|recognized|recognised|commended|adopted|defended|established diplomatic ties|established diplomatic relations|restored diplomatic ties", "support", "endorse", TriggerKind.Verb),
        // "Hungary will support a Security Council resolution": the verb, before its object noun.
        ("support|supports|supported", "support", "endorse", TriggerKind.Verb),
        // "the Security Council gave the arrangement its backing": the noun of "backed".
        ("resolution|endorsement|ratification|backing", "support", "endorse", TriggerKind.Noun),

        // ACCUSE (PLOVER's former DISAPPROVE). "blamed France", "condemned the attack"
        ("accused|accuses|accuse|blamed|blames|criticized|criticised|criticizes|condemned|condemns|denounced|slammed|censured|sued|sues|suing|lodged a protest|lodged an official protest|lodged a complaint|complained", "accuse", "accuse", TriggerKind.Verb),
        ("condemnation|accusation|accusations", "accuse", "accuse", TriggerKind.Noun),

        // REJECT. "rejected accusations", "vetoed the draft"
        ("rejected|rejects|reject|refused|refuses|dismissed|vetoed|vetoes|boycotted|boycott|declined to|reneged|violated|will not accept|failed to reach agreement|failed to reach an agreement|failed to agree", "reject", "reject", TriggerKind.Verb),
        ("veto|rejection|boycott", "reject", "reject", TriggerKind.Noun),
        // "China and Russia blocked a UN resolution", "the senate blocked the bill": a decision stopped is a rejection;
        // protesters who blocked a road still protest.
        ("blocked * resolution|blocked * resolutions|blocked * bill|blocked * motion|blocked * proposal|blocked * plan|blocked * deal|blocked * draft|blocked * vote|blocked * appointment|blocks * resolution|blocks * bill|block * resolution|block * bill", "reject", "reject", TriggerKind.Verb),

        // THREATEN. "threatened to retaliate"
        ("threatened|threatens|threaten|warned of|warned that", "threaten", "threaten", TriggerKind.Verb),
        ("threat|ultimatum", "threaten", "threaten", TriggerKind.Noun),
        // "the spokesman warned on Tuesday that airports would be targets", "the warning, delivered by ...".
        ("warned", "threaten", "threaten", TriggerKind.Verb),
        ("warning", "threaten", "threaten", TriggerKind.Noun),

        // REQUEST (PLOVER's former DEMAND). "demanded the release", "called on Damascus to"
        ("demanded|demands|demand|demanding|called for|called on|urged|urges|appealed|sought|seeks|asked|must", "request", "request", TriggerKind.Verb),
        ("demand|demands|appeal|request", "request", "request", TriggerKind.Noun),
        // "a judge ordered former president Carlos Menem to appear": an order to someone is a demand of them.
        ("ordered * to", "request", "request", TriggerKind.Verb),
        // "a newspaper called Thursday on Arabs to unite": the day may stand inside "called on".
        ("called monday on|called tuesday on|called wednesday on|called thursday on|called friday on|called saturday on|called sunday on|called today on|called yesterday on", "request", "request", TriggerKind.Verb),

        // CONCEDE: easing, allowing, lifting. "decided to allow", "lifted the curfew", "shortened the nightly curfew by an hour"
        ("eased|lifted|shortened|allowed|decided to allow|agreed to allow|relaxed|accepted demands|accepted the demands|acceded to", "concede", "concede", TriggerKind.Verb),

        // SANCTION. "imposed sanctions", "recalled its ambassador", "suspended Syria"
        ("sanctioned|imposed sanctions|recalled|expelled|suspended|froze|ended mediation|ended talks|ended negotiations|broke off talks|broke off negotiations|broke off relations|halted talks|cut ties|severed ties|severed relations|suspended talks|suspended cooperation|ended cooperation", "sanction", "sanction", TriggerKind.Verb),
        // "it would prohibit all aid to the rebels": a ban on dealings with another side.
        ("prohibit|prohibits|prohibited", "sanction", "sanction", TriggerKind.Verb),
        ("sanctions|embargo|asset freezes|asset freeze|travel bans|travel ban|suspension", "sanction", "sanction", TriggerKind.Noun),

        // MOBILIZE. "deployed troops", "massed tanks"
        ("deployed|deploys|mobilized|mobilised|massed|sent troops|sent reinforcements|ordered patrols|stepped up patrols|put on alert|placed on alert|put on high alert|placed on high alert", "mobilize", "mobilize", TriggerKind.Verb),
        ("deployment|mobilization|mobilisation|reinforcements", "mobilize", "mobilize", TriggerKind.Noun),

        // AID. "delivered aid", "an aid convoy"
        ("delivered|airdropped|donated|granted|provided|will provide|pledged aid|gave|will give|providing|provides", "aid", "aid", TriggerKind.Verb),
        ("aid convoy|humanitarian aid|aid delivery|food convoy|humanitarian convoy|relief convoy", "aid", "aid", TriggerKind.Noun),
        // Relief told by what a convoy carries or brings: "a convoy carrying about 300 tonnes of food reached Djibo",
        // "the trucks brought cereals and medicine".
        ("convoy carrying * food|convoy carrying * aid|convoy carrying * supplies|convoy carrying * medicine|convoy carrying food|convoy carrying aid", "aid", "aid", TriggerKind.Noun),
        ("brought * food|brought * aid|brought * supplies|brought * medicine|brought * cereals|brought food|brought aid|brought supplies|brought medicine|brought cereals", "aid", "aid", TriggerKind.Verb),

        // RETREAT: withdrawals, releases, evacuations, resignations. "rebels withdrew from", "released 50 prisoners"
        ("withdrew|withdraws|withdraw|retreated|pulled out|pulled back|moved back|released|freed|evacuated|evacuate|evacuates|surrendered|resigned|stepped down", "retreat", "withdraw", TriggerKind.Verb),
        // Phrasal verbs split by their object: "each side moved its forces back", "pulled its troops out of the town".
        ("moved * back|pulled * back|pulled * out|drew * back|withdrew * from", "retreat", "withdraw", TriggerKind.Verb),
        // Opening a closed border or lifting a blockade eases a military hold: "Benin opened its borders to West
        // Africans", "Uzbekistan opened the Friendship Bridge", "the army lifted Friday a day-old blockade".
        ("opened * border|opened * borders|opened * bridge|opened * crossing|reopened * border|reopened * borders|reopened * bridge|reopened * crossing|opened borders|reopened borders|lifted * blockade|lifted * siege|eased * blockade|eased * siege", "retreat", "withdraw", TriggerKind.Verb),
        // "25 soldiers switched sides and joined the insurgents", "a commander defected to the rebels": fighters changing
        // sides. PLOVER has no defection; going over to the other side is a yielding, so RETREAT.
        ("switched sides|switch sides|changed sides|defected|defects|joined * militants|joined * insurgents|joined * rebels|joined * ranks", "retreat", "defect", TriggerKind.Verb),
        ("defection|defections", "retreat", "defect", TriggerKind.Noun),
        ("withdrawal|retreat|evacuation|evacuations|release|surrender|resignation|prisoner swap|prisoner exchange|pullback|pull-back|disengagement", "retreat", "withdraw", TriggerKind.Noun),

        // COERCE: arrests, curfews, bans. "arrested 30 activists", "imposed a curfew"
        ("arrested|detained|rounded up|jailed|imprisoned|abducted|kidnapped|deported|banned|imposed a curfew|imposed|demolished|forced out|expelled|evicted|hack|hacked|hacking", "coerce", "coerce", TriggerKind.Verb),
        ("arrest|arrests|detention|detentions|crackdown|curfew|abduction|kidnapping|blockade", "coerce", "coerce", TriggerKind.Noun),
        // "about 40 people were picked up by police": people picked up are people detained.
        ("were picked up|was picked up|been picked up", "coerce", "coerce", TriggerKind.Verb),
        // "gunmen took 20 passengers hostage", "two engineers were taken hostage": a hostage taking is an abduction.
        ("took * hostage|took * hostages|taken hostage|held hostage|take * hostage|takes * hostage", "coerce", "coerce", TriggerKind.Verb),

        // ACCUSE by investigation: PLOVER folded v0.5's INVESTIGATE into ACCUSE (mode "investigate"). "launched an investigation"
        ("investigated|investigates|probed|to investigate|will investigate", "accuse", "investigate", TriggerKind.Verb),
        ("investigation|inquiry|probe|hearing", "accuse", "investigate", TriggerKind.Noun),

        // COOPERATE. "agreed to share intelligence", "joint patrols"
        ("cooperated|cooperate|joint patrol|joint patrols|joint exercises|shared evidence|shared intelligence|shared information", "cooperate", "cooperate", TriggerKind.Verb),
        ("war games|military exercises|joint exercises|joint patrols", "cooperate", "cooperate", TriggerKind.Noun),
    ];

    /// <summary>Entries by their first word, longest first, so the matcher can try multi-word forms first.</summary>
    public static IReadOnlyDictionary<string, TriggerEntry[]> ByFirstWord { get; } = Build();

    private static Dictionary<string, TriggerEntry[]> Build()
    {
        var byFirst = new Dictionary<string, List<TriggerEntry>>(StringComparer.Ordinal);
        foreach (var (forms, type, cls, kind) in Table)
        {
            foreach (var form in forms.Split('|'))
            {
                var words = form.Split(' ');
                if (!byFirst.TryGetValue(words[0], out var list))
                {
                    byFirst[words[0]] = list = [];
                }

                list.Add(new TriggerEntry(words, type, cls, kind));
            }
        }

        return byFirst.ToDictionary(
            kv => kv.Key,
            kv => kv.Value.OrderByDescending(e => e.Words.Length).ThenBy(e => e.Kind).ToArray(),
            StringComparer.Ordinal);
    }
}
